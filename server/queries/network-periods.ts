// Which dyad buckets a date range reads (db/write/dyad-aggregates.ts): the whole years inside
// the range from the yearly buckets (DYAD_YEAR), and for a year the range only partly covers,
// its monthly buckets within the range plus its bucket of events dated only by that year (which
// may have happened in any month of it, so a range overlapping the year counts them, as the
// events query does). Each part is a range or equality test on an indexed property, so the
// indexes dyad_year and dyad_month serve it. The undated buckets are read apart.

/** Bounds standing for an open end: every yearly bucket lies between them. */
export const FIRST_YEAR = 0;
export const LAST_YEAR = 9999;

export interface BucketPeriods {
  /** Whole years read from DYAD_YEAR (none when firstYear > lastYear). */
  firstYear: number;
  lastYear: number;
  /** Monthly buckets of the partly covered years: months from `from` to `to` ('YYYY-MM-DD'). */
  monthSpans: { from: string; to: string }[];
  /** Partly covered years whose year-dated bucket counts, as their first days ('YYYY-01-01'). */
  edgeYears: string[];
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const monthStart = (iso: string) => `${iso.slice(0, 7)}-01`;

/** The buckets of [from, to] (first and last day, 'YYYY-MM-DD', either open). */
export function bucketPeriods(from: string | null, to: string | null): BucketPeriods {
  const fromYear = from ? Number(from.slice(0, 4)) : null;
  const toYear = to ? Number(to.slice(0, 4)) : null;
  const partFrom = from !== null && from.slice(5) !== '01-01';
  const partTo = to !== null && to.slice(5) !== '12-31';
  const periods: BucketPeriods = {
    firstYear: fromYear === null ? FIRST_YEAR : fromYear + (partFrom ? 1 : 0),
    lastYear: toYear === null ? LAST_YEAR : toYear - (partTo ? 1 : 0),
    monthSpans: [],
    edgeYears: [],
  };
  if (from !== null && to !== null && from > to) return { ...periods, firstYear: 1, lastYear: 0 };
  if (partFrom && partTo && fromYear === toYear) {
    periods.monthSpans.push({ from: monthStart(from), to: to! });
    periods.edgeYears.push(`${pad(fromYear!, 4)}-01-01`);
    return periods;
  }
  if (partFrom) {
    periods.monthSpans.push({ from: monthStart(from), to: `${pad(fromYear!, 4)}-12-31` });
    periods.edgeYears.push(`${pad(fromYear!, 4)}-01-01`);
  }
  if (partTo) {
    periods.monthSpans.push({ from: `${pad(toYear!, 4)}-01-01`, to: to! });
    periods.edgeYears.push(`${pad(toYear!, 4)}-01-01`);
  }
  return periods;
}
