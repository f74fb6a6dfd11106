// Which dyad buckets a country network's date range reads: whole years from the yearly
// buckets, the months of a partly covered year from the monthly ones, beside that year's
// year-dated bucket.
import { describe, expect, it } from 'vitest';
import { bucketPeriods, FIRST_YEAR, LAST_YEAR } from '../../server/queries/network-periods.ts';

describe('bucketPeriods', () => {
  it('reads every yearly bucket when the range is open', () => {
    expect(bucketPeriods(null, null)).toEqual({
      firstYear: FIRST_YEAR,
      lastYear: LAST_YEAR,
      monthSpans: [],
      edgeYears: [],
    });
  });

  it('reads whole years alone when the range is made of them', () => {
    expect(bucketPeriods('2015-01-01', '2019-12-31')).toEqual({
      firstYear: 2015,
      lastYear: 2019,
      monthSpans: [],
      edgeYears: [],
    });
  });

  it('reads the months of a partly covered first and last year, and their year-dated events', () => {
    expect(bucketPeriods('2015-03-10', '2019-06-30')).toEqual({
      firstYear: 2016,
      lastYear: 2018,
      monthSpans: [
        { from: '2015-03-01', to: '2015-12-31' },
        { from: '2019-01-01', to: '2019-06-30' },
      ],
      edgeYears: ['2015-01-01', '2019-01-01'],
    });
  });

  it('reads one span of months for a range inside one year', () => {
    expect(bucketPeriods('2022-09-01', '2022-09-30')).toEqual({
      firstYear: 2023,
      lastYear: 2021,
      monthSpans: [{ from: '2022-09-01', to: '2022-09-30' }],
      edgeYears: ['2022-01-01'],
    });
  });

  it('keeps an open end open', () => {
    expect(bucketPeriods('2020-07-01', null)).toEqual({
      firstYear: 2021,
      lastYear: LAST_YEAR,
      monthSpans: [{ from: '2020-07-01', to: '2020-12-31' }],
      edgeYears: ['2020-01-01'],
    });
    expect(bucketPeriods(null, '2020-12-31').firstYear).toBe(FIRST_YEAR);
  });
});
