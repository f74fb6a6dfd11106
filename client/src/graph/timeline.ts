// The timeline under the date-range slider: how many dated facts in view (events, agreements,
// dated edges) fall in each period. Periods are months when the view spans at most three
// years (the seed article's events all fall in 2022) and years otherwise. Empty periods stay in
// the list as zero so the bars sit on a true axis.
import type { Graph, PropertyValue } from '../../../schema/graph.ts';

export interface TimelineBin {
  /** The period as an ISO 8601 reduced form: 2022 or 2022-09. */
  period: string;
  count: number;
}

/** Month index since year 0 (year * 12 + month - 1) of an ISO date, or null. */
function monthOf(value: PropertyValue | undefined): number | null {
  if (typeof value !== 'string') return null;
  const match = /^(\d{4})(?:-(\d{2}))?/.exec(value);
  if (!match) return null;
  return Number(match[1]) * 12 + (match[2] ? Number(match[2]) - 1 : 0);
}

/** Months of the dated facts in a graph: dated nodes and dated edges. */
export function datedMonths(graph: Graph): number[] {
  const months: number[] = [];
  for (const node of graph.nodes) {
    const month = monthOf(node.properties.date);
    if (month !== null) months.push(month);
  }
  for (const edge of graph.edges) {
    // An aggregated country edge (DYAD) spans firstMonth..lastMonth of the events it sums; its
    // ends mark the timeline. Other edges may carry a date or a start (PARTY_TO, HOLDS_OFFICE).
    const first = monthOf(edge.properties.firstMonth);
    const last = monthOf(edge.properties.lastMonth);
    if (first !== null) months.push(first);
    if (last !== null && last !== first) months.push(last);
    if (first !== null || last !== null) continue;
    const month = monthOf(edge.properties.date) ?? monthOf(edge.properties.from);
    if (month !== null) months.push(month);
  }
  return months;
}

const pad = (value: number) => String(value).padStart(2, '0');

export function timelineBins(graph: Graph): TimelineBin[] {
  const months = datedMonths(graph);
  if (months.length === 0) return [];
  let first = months[0]!;
  let last = first;
  for (const month of months) {
    first = Math.min(first, month);
    last = Math.max(last, month);
  }
  const byMonth = last - first < 36;
  const key = (month: number) =>
    byMonth ? `${Math.floor(month / 12)}-${pad((month % 12) + 1)}` : String(Math.floor(month / 12));
  const counts = new Map<string, number>();
  for (const month of months) counts.set(key(month), (counts.get(key(month)) ?? 0) + 1);
  const bins: TimelineBin[] = [];
  const step = byMonth ? 1 : 12;
  const start = byMonth ? first : first - (first % 12);
  for (let month = start; month <= last; month += step) {
    bins.push({ period: key(month), count: counts.get(key(month)) ?? 0 });
  }
  return bins;
}

/**
 * The last day of a period ('2022' → '2022-12-31', '2022-09' → '2022-09-30'), sent as the end
 * of a date range: the API compares dates, and date('2022-09') is the first of September.
 */
export function periodEnd(period: string): string {
  const [year, month] = period.split('-').map(Number);
  if (month === undefined) return `${year}-12-31`;
  const lastDay = new Date(Date.UTC(year!, month, 0)).getUTCDate();
  return `${period}-${pad(lastDay)}`;
}

/** The first day of a period or date: '2022' → '2022-01-01', '2022-09' → '2022-09-01'. */
function periodStart(period: string): string {
  return period.length === 4 ? `${period}-01-01` : period.length === 7 ? `${period}-01` : period;
}

/** The last day of a period or date, as a full date. */
function lastDay(period: string): string {
  return period.length === 10 ? period : periodEnd(period);
}

/** Slider positions for a range: the first bin ending on or after `from`, the last starting on
 * or before `to` (each bound taken as its whole period: `to` = 2022 covers all of 2022). */
export function rangeIndices(
  bins: readonly TimelineBin[],
  from: string | null,
  to: string | null,
): [number, number] {
  const last = bins.length - 1;
  const start =
    from === null ? 0 : bins.findIndex((bin) => lastDay(bin.period) >= periodStart(from));
  let end = last;
  if (to !== null) {
    end = -1;
    bins.forEach((bin, index) => {
      if (periodStart(bin.period) <= lastDay(to)) end = index;
    });
  }
  return [start === -1 ? last : start, end === -1 ? 0 : end];
}
