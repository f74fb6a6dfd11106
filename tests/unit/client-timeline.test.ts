// The timeline behind the date-range slider, and the time-ordered layout.
import { describe, expect, it } from 'vitest';
import type { Graph, GraphNode } from '../../schema/graph.ts';
import {
  periodEnd,
  rangeIndices,
  rangeReading,
  spanBins,
  timelineBins,
} from '../../client/src/graph/timeline.ts';
import { axisWidth, timelinePositions } from '../../client/src/canvas/timeline-layout.ts';

const dated = (id: string, date: string): GraphNode => ({
  id,
  kind: 'EVENT',
  label: id,
  properties: { date },
  evidence: [],
});
const graphOf = (...nodes: GraphNode[]): Graph => ({ nodes, edges: [], truncated: false });

describe('timelineBins', () => {
  it('counts dated facts per month when the view spans a few years, year-only ones apart', () => {
    const bins = timelineBins(
      graphOf(
        dated('a', '2022-03-10'),
        dated('b', '2022-09-08'),
        dated('c', '2022-09'),
        dated('d', '2022'),
      ),
    );
    // '2022' is known only to its year: not piled into January, but apart in every month.
    expect(bins[0]).toEqual({ period: '2022-01', count: 0, yearOnly: 1 });
    expect(bins.find((bin) => bin.period === '2022-03')).toMatchObject({ count: 1, yearOnly: 1 });
    expect(bins.find((bin) => bin.period === '2022-09')).toMatchObject({ count: 2, yearOnly: 1 });
    expect(bins.find((bin) => bin.period === '2022-05')).toMatchObject({ count: 0 });
    expect(bins).toHaveLength(9);
  });

  it('counts per year over long spans', () => {
    const bins = timelineBins(
      graphOf(dated('a', '1949-04-04'), dated('b', '1951-09-08'), dated('c', '2022-09-08')),
    );
    expect(bins[0]).toEqual({ period: '1949', count: 1, yearOnly: 0 });
    expect(bins.at(-1)).toEqual({ period: '2022', count: 1, yearOnly: 0 });
    expect(bins).toHaveLength(2022 - 1949 + 1);
  });

  it('marks the true first and last dates of aggregated country edges', () => {
    const graph: Graph = {
      nodes: [],
      edges: [
        {
          id: 'e',
          source: 'country:IND',
          target: 'country:JPN',
          type: 'DYAD',
          weight: 2,
          properties: { firstDate: '2022-03-02', lastDate: '2022-09', firstMonth: '2022-05' },
          evidence: [],
        },
      ],
      truncated: false,
    };
    const counted = timelineBins(graph)
      .filter((bin) => bin.count > 0)
      .map((bin) => bin.period);
    expect(counted).toEqual(['2022-03', '2022-09']);
  });

  it('has no bins for a view without dates', () => {
    expect(timelineBins(graphOf())).toEqual([]);
  });
});

describe('spanBins', () => {
  const span = (earliest: string, latest: string) => ({
    earliest: { date: earliest },
    latest: { date: latest },
    years: [
      { year: 1816, events: 0, agreements: 2, transfers: 0 },
      { year: 1935, events: 1, agreements: 3, transfers: 1 },
    ],
  });

  it('spans everything loaded by year, on to the current year, counting from dataSpan', () => {
    const bins = spanBins(span('1816-06-08', '2022-09-08'), graphOf(dated('a', '2022')), 2026);
    expect(bins[0]).toEqual({ period: '1816', count: 2, yearOnly: 0 });
    expect(bins.find((bin) => bin.period === '1935')?.count).toBe(5);
    expect(bins.at(-1)?.period).toBe('2026');
    expect(bins).toHaveLength(2026 - 1816 + 1);
    expect(rangeIndices(bins, '1930', '1939').map((i) => bins[i]!.period)).toEqual([
      '1930',
      '1939',
    ]);
    expect(rangeReading(bins, ...rangeIndices(bins, '1930', '1939-12-31'))).toBe('1930 – 1939');
  });

  it('goes by month over a short span, counting the view’s facts', () => {
    const bins = spanBins(
      span('2022-02-01', '2022-09-08'),
      graphOf(dated('a', '2022-03-10'), dated('b', '2024-01-01')),
      2026,
    );
    expect(bins.map((bin) => bin.period)).toEqual([
      '2022-02',
      '2022-03',
      '2022-04',
      '2022-05',
      '2022-06',
      '2022-07',
      '2022-08',
      '2022-09',
    ]);
    expect(bins[1]!.count).toBe(1);
  });
});

describe('date range', () => {
  it('ends a period on its last day, because the API compares whole dates', () => {
    expect(periodEnd('2022-09')).toBe('2022-09-30');
    expect(periodEnd('2024-02')).toBe('2024-02-29');
    expect(periodEnd('2022')).toBe('2022-12-31');
  });

  it('puts the sliders on the bins a URL range covers', () => {
    const bins = ['2022-01', '2022-02', '2022-03', '2022-04'].map((period) => ({
      period,
      count: 1,
      yearOnly: 0,
    }));
    expect(rangeIndices(bins, null, null)).toEqual([0, 3]);
    expect(rangeIndices(bins, '2022-02', '2022-03-31')).toEqual([1, 2]);
    expect(rangeIndices(bins, '2022-02-15', '2022')).toEqual([1, 3]);
  });
});

describe('timelinePositions', () => {
  it('orders dated nodes left to right by date and puts kinds in separate lanes', () => {
    const positions = timelinePositions(
      [
        { id: 'late', kind: 'EVENT', time: Date.UTC(2022, 8, 8) },
        { id: 'early', kind: 'EVENT', time: Date.UTC(2022, 2, 10) },
        { id: 'hamada', kind: 'PERSON', time: null },
      ],
      [{ source: 'hamada', target: 'late' }],
    );
    expect(positions.get('early')!.x).toBe(0);
    expect(positions.get('late')!.x).toBe(axisWidth(2));
    // An undated actor sits under the mean date of the events it touches, in a lane of its own.
    expect(positions.get('hamada')!.x).toBe(axisWidth(2));
    expect(positions.get('hamada')!.y).toBeGreaterThan(positions.get('late')!.y);
  });

  it('moves nodes at the same date to separate rows, so none overlap', () => {
    const time = Date.UTC(2022, 8, 8);
    const positions = timelinePositions(
      ['a', 'b', 'c'].map((id) => ({ id, kind: 'EVENT', time })),
      [],
    );
    expect(new Set([...positions.values()].map((p) => p.y)).size).toBe(3);
  });
});
