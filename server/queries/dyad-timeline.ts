// A dyad's time axis from its aggregate buckets and its agreements: totals, the true first and
// last dated facts, an even run of years (every year from the first to the last, so a chart's
// axis has no holes) and the months that have events.
import { parseReducedDate } from '../../schema/reduced-date.ts';
import type { DatePrecision } from '../../schema/model.ts';
import { formatDate } from './convert.ts';

const KIND_COUNTERS = ['meetings', 'exercises', 'incidents', 'statements', 'cooperations'] as const;

/** A DYAD_MONTH bucket as dyad.ts reads it; `first`/`last` as fragments.bucketFirst/Last give. */
export interface Bucket {
  month: unknown;
  until: unknown;
  events: number;
  meetings: number;
  exercises: number;
  incidents: number;
  statements: number;
  cooperations: number;
  goldsteinSum: number;
  quadClasses: number[];
  first: [unknown, DatePrecision] | null;
  last: [unknown, unknown, DatePrecision] | null;
}

/** A DYAD_TRANSFERS bucket: the pair's transfers ordered in one year (month null: undated). */
export interface TransferBucket {
  month: unknown;
  transfers: number;
  tivDelivered: number;
}

/** An agreement as toEntity gives it: `date`, `endDate` as reduced dates, `status`. */
type AgreementDates = Record<string, unknown>;

export interface DatedPoint {
  date: string;
  precision: DatePrecision;
}

type Counts = Record<(typeof KIND_COUNTERS)[number] | 'events', number>;

export interface DyadYear extends Counts {
  year: number;
  agreements: number;
  agreementsInForce: number;
  transfers: number;
  tivDelivered: number;
  goldsteinSum: number;
  quadClasses: number[];
}

export interface DyadMonth {
  month: string;
  events: number;
  goldsteinSum: number;
  quadClasses: number[];
}

const iso = (value: unknown) => String(value).slice(0, 10);
const yearOf = (value: unknown) => Number(String(value).slice(0, 4));

function emptyYear(year: number): DyadYear {
  return {
    year,
    events: 0,
    meetings: 0,
    exercises: 0,
    incidents: 0,
    statements: 0,
    cooperations: 0,
    agreements: 0,
    agreementsInForce: 0,
    transfers: 0,
    tivDelivered: 0,
    goldsteinSum: 0,
    quadClasses: [0, 0, 0, 0],
  };
}

const addQuads = (into: number[], from: readonly number[]) =>
  from.forEach((n, i) => (into[i] = (into[i] ?? 0) + n));

/**
 * `rangeEnd`: the last day of the asked range, if any; an agreement still in force counts as
 * in force up to it, or up to the current year.
 */
export function dyadTimeline(
  buckets: readonly Bucket[],
  agreements: readonly AgreementDates[],
  rangeEnd: string | null,
  transferBuckets: readonly TransferBucket[] = [],
) {
  const years = new Map<number, DyadYear>();
  const year = (y: number) => years.get(y) ?? years.set(y, emptyYear(y)).get(y)!;
  const months: DyadMonth[] = [];
  // Candidates for the first and last fact: [first day, last day, point].
  const points: [string, string, DatedPoint][] = [];
  let eventCount = 0;
  let goldsteinSum = 0;
  let undatedEvents = 0;
  for (const b of buckets) {
    eventCount += b.events;
    goldsteinSum += b.goldsteinSum;
    if (b.month === null || b.month === undefined) {
      undatedEvents += b.events;
      continue;
    }
    const y = year(yearOf(b.month));
    y.events += b.events;
    for (const counter of KIND_COUNTERS) y[counter] += b[counter];
    y.goldsteinSum += b.goldsteinSum;
    addQuads(y.quadClasses, b.quadClasses);
    if (b.until === null || b.until === undefined) {
      months.push({
        month: iso(b.month).slice(0, 7),
        events: b.events,
        goldsteinSum: b.goldsteinSum,
        quadClasses: b.quadClasses,
      });
    }
    if (b.first)
      points.push([
        iso(b.first[0]),
        iso(b.first[0]),
        { date: formatDate(b.first[0], b.first[1])!, precision: b.first[1] },
      ]);
    if (b.last)
      points.push([
        iso(b.last[1]),
        iso(b.last[0]),
        { date: formatDate(b.last[1], b.last[2])!, precision: b.last[2] },
      ]);
  }
  const lastYear = Math.min(
    rangeEnd ? yearOf(rangeEnd) : Number.POSITIVE_INFINITY,
    new Date().getUTCFullYear(),
  );
  for (const g of agreements) {
    const start = typeof g.date === 'string' ? parseReducedDate(g.date) : undefined;
    if (!start) continue;
    const end = typeof g.endDate === 'string' ? parseReducedDate(g.endDate) : undefined;
    points.push([
      start.firstDay,
      start.lastDay,
      { date: g.date as string, precision: start.precision },
    ]);
    if (end)
      points.push([
        end.firstDay,
        end.lastDay,
        { date: g.endDate as string, precision: end.precision },
      ]);
    const from = yearOf(start.firstDay);
    year(from).agreements += 1;
    const to = end ? yearOf(end.firstDay) : g.status === 'ENDED' ? from : Math.max(from, lastYear);
    for (let y = from; y <= to; y++) year(y).agreementsInForce += 1;
  }
  for (const t of transferBuckets) {
    if (t.month === null || t.month === undefined) continue;
    const y = year(yearOf(t.month));
    y.transfers += t.transfers;
    y.tivDelivered += t.tivDelivered;
    // Transfers are known by their year of order.
    const first = `${yearOf(t.month)}-01-01`;
    const point: DatedPoint = { date: String(yearOf(t.month)), precision: 'YEAR' };
    points.push([first, `${yearOf(t.month)}-12-31`, point]);
  }
  const known = [...years.keys()];
  if (known.length > 0) {
    // An even axis: every year from the first to the last.
    for (let y = Math.min(...known); y <= Math.max(...known); y++) year(y);
  }
  points.sort((x, y) => x[0].localeCompare(y[0]));
  const first = points[0]?.[2] ?? null;
  const last = [...points].sort((x, y) => y[1].localeCompare(x[1]))[0]?.[2] ?? null;
  return {
    eventCount,
    goldsteinSum,
    undatedEvents,
    first,
    last,
    years: [...years.values()].sort((x, y) => x.year - y.year),
    months: months.sort((x, y) => x.month.localeCompare(y.month)),
  };
}
