// The dyad's time axis: an even run of years from the first fact to the last, agreements in
// force counted in every year of their span, months only for monthly buckets, undated apart.
import { describe, expect, it } from 'vitest';
import { dyadTimeline, type Bucket } from '../../server/queries/dyad-timeline.ts';

const bucket = (month: string | null, events: number, until: string | null = null): Bucket => ({
  month,
  until,
  events,
  meetings: events,
  exercises: 0,
  incidents: 0,
  statements: 0,
  cooperations: 0,
  goldsteinSum: events * 2,
  quadClasses: [events, 0, 0, 0],
  first: month ? [month, until ? 'YEAR' : 'DAY'] : null,
  last: month ? [month, month, until ? 'YEAR' : 'DAY'] : null,
});

describe('dyadTimeline', () => {
  it('spans every year from an old alliance to the last event, with the alliance in force throughout', () => {
    const t = dyadTimeline(
      [bucket('2020-03-01', 2), bucket('2021-01-01', 1, '2021-12-01'), bucket(null, 4)],
      [{ date: '2015-06', endDate: null, status: 'IN_FORCE' }],
      '2021-12-31',
    );
    expect(t.years.map((y) => y.year)).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021]);
    expect(t.years.every((y) => y.agreementsInForce === 1)).toBe(true);
    expect(t.years[0]).toMatchObject({ agreements: 1, events: 0 });
    expect(t.years.at(-1)).toMatchObject({ events: 1, quadClasses: [1, 0, 0, 0] });
    expect(t.months).toEqual([
      { month: '2020-03', events: 2, goldsteinSum: 4, quadClasses: [2, 0, 0, 0] },
    ]);
    expect(t).toMatchObject({ eventCount: 7, undatedEvents: 4, goldsteinSum: 14 });
    expect(t.first).toEqual({ date: '2015-06', precision: 'MONTH' });
    expect(t.last).toEqual({ date: '2021', precision: 'YEAR' });
  });

  it('is empty for a pair with nothing between them', () => {
    expect(dyadTimeline([], [], null)).toMatchObject({
      years: [],
      months: [],
      first: null,
      last: null,
    });
  });
});
