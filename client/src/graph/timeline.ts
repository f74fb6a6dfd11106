// The timeline under the date-range slider. Its axis spans everything loaded (the API's
// `dataSpan`: the earliest to the latest dated fact), by year when that is longer than three
// years, and then on to the current year; by month when shorter (the seed article's events all
// fall in 2022), counting the dated facts of the view over all time. A fact known only to its
// year is never piled into January: in a month axis it is counted apart, as known to the year.
// Empty periods stay in the list as zero so the bars sit on a true axis.
import type { Graph, PropertyValue } from '../../../schema/graph.ts';

export interface TimelineBin {
  /** The period as an ISO 8601 reduced form: 2022 or 2022-09. */
  period: string;
  /** Facts dated within the period (to the day, month or, on a year axis, year). */
  count: number;
  /** On a month axis: facts of this month's year known only to the year (shown apart). */
  yearOnly: number;
}

/** What the API's dataSpan says (the fields the timeline needs). */
export interface SpanSummary {
  earliest: { date: string } | null;
  latest: { date: string } | null;
  years: readonly { year: number; events: number; agreements: number; transfers: number }[];
}

/** Month axes up to this many months; longer spans go by year. */
export const MONTH_AXIS_MAX = 36;

interface DatedFact {
  /** Month index since year 0 (year * 12 + month - 1); January for a year-only date. */
  month: number;
  yearOnly: boolean;
}

function factOf(value: PropertyValue | undefined): DatedFact | null {
  if (typeof value !== 'string') return null;
  const match = /^(\d{4})(?:-(\d{2}))?/.exec(value);
  if (!match) return null;
  const month = match[2] ? Number(match[2]) - 1 : 0;
  return { month: Number(match[1]) * 12 + month, yearOnly: !match[2] };
}

/** The dated facts of a graph: dated nodes, and the first and last dates of dated edges. */
export function datedFacts(graph: Graph): DatedFact[] {
  const facts: DatedFact[] = [];
  const push = (fact: DatedFact | null) => fact && facts.push(fact);
  for (const node of graph.nodes) push(factOf(node.properties.date));
  for (const edge of graph.edges) {
    // An aggregated country edge (DYAD) spans the true first and last dates of what it sums;
    // other edges may carry a date or a start (PARTY_TO, HOLDS_OFFICE).
    const p = edge.properties;
    const first = factOf(p.firstDate ?? p.firstMonth);
    const last = factOf(p.lastDate ?? p.lastMonth);
    push(first);
    if (last && (!first || last.month !== first.month)) push(last);
    if (first || last) continue;
    push(factOf(p.date ?? p.from));
  }
  return facts;
}

const pad = (value: number) => String(value).padStart(2, '0');
const monthKey = (month: number) => `${Math.floor(month / 12)}-${pad((month % 12) + 1)}`;

/** Bins over [first, last] months, by month when short enough, else by year. */
function binsOver(facts: readonly DatedFact[], first: number, last: number): TimelineBin[] {
  const byMonth = last - first < MONTH_AXIS_MAX;
  const bins: TimelineBin[] = [];
  const index = new Map<string, TimelineBin>();
  const step = byMonth ? 1 : 12;
  for (let month = byMonth ? first : first - (first % 12); month <= last; month += step) {
    const bin = { period: byMonth ? monthKey(month) : String(month / 12), count: 0, yearOnly: 0 };
    bins.push(bin);
    index.set(bin.period, bin);
  }
  for (const fact of facts) {
    const year = Math.floor(fact.month / 12);
    if (!byMonth) {
      const bin = index.get(String(year));
      if (bin) bin.count += 1;
    } else if (!fact.yearOnly) {
      const bin = index.get(monthKey(fact.month));
      if (bin) bin.count += 1;
    } else {
      for (const bin of bins) if (bin.period.startsWith(`${year}-`)) bin.yearOnly += 1;
    }
  }
  return bins;
}

/** Bins of a graph's own dated facts, from its earliest to its latest. */
export function timelineBins(graph: Graph): TimelineBin[] {
  const facts = datedFacts(graph);
  if (facts.length === 0) return [];
  let first = facts[0]!.month;
  let last = first;
  for (const { month } of facts) {
    first = Math.min(first, month);
    last = Math.max(last, month);
  }
  return binsOver(facts, first, last);
}

/**
 * The slider's axis: the span of everything loaded. Long spans go by year up to `currentYear`
 * (counts from dataSpan); short ones by month (counts from `graph`, the view over all time).
 * Without a span (nothing dated loaded) the graph's own facts make the axis.
 */
export function spanBins(
  span: SpanSummary | null,
  graph: Graph,
  currentYear: number,
): TimelineBin[] {
  const earliest = factOf(span?.earliest?.date);
  const latest = factOf(span?.latest?.date);
  if (!span || !earliest || !latest) return timelineBins(graph);
  if (latest.month - earliest.month < MONTH_AXIS_MAX) {
    return binsOver(datedFacts(graph), earliest.month, latest.month);
  }
  const counts = new Map(
    span.years.map((year) => [year.year, year.events + year.agreements + year.transfers]),
  );
  const bins: TimelineBin[] = [];
  const lastYear = Math.max(Math.floor(latest.month / 12), currentYear);
  for (let year = Math.floor(earliest.month / 12); year <= lastYear; year += 1) {
    bins.push({ period: String(year), count: counts.get(year) ?? 0, yearOnly: 0 });
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

/** How a range reads: '1930 – 1939', or 'all dates'. A bound is shown as its period. */
export function rangeReading(bins: readonly TimelineBin[], start: number, end: number): string {
  const first = bins[start]?.period;
  const last = bins[end]?.period;
  if (!first || !last) return 'no dates';
  return first === last ? first : `${first} – ${last}`;
}
