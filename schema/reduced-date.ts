// ISO 8601 reduced dates, the one way Entente writes a date that may be partial: '2022',
// '2022-09' or '2022-09-08'. The graph stores the first day of the period with its precision
// (DESIGN.md, "Dates"); a date range covers the first to the last day of its ends. The seed
// records, the API's arguments and the explorer's URL all read dates through this module.
import type { DatePrecision } from './model.ts';

export const REDUCED_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface ReducedDate {
  /** First day of the period, 'YYYY-MM-DD', for Cypher's date(). */
  firstDay: string;
  /** Last day of the period, 'YYYY-MM-DD' (the first day for a DAY). */
  lastDay: string;
  precision: DatePrecision;
}

const pad = (n: number) => String(n).padStart(2, '0');

function daysIn(year: number, month: number): number {
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: the latter reads years 0-99 as 1900-1999.
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

/** Parses a reduced date; undefined when it is malformed or not a real calendar day. */
export function parseReducedDate(text: string): ReducedDate | undefined {
  const match = REDUCED_DATE_PATTERN.exec(text);
  if (!match) return undefined;
  const [, yearText, monthText, dayText] = match;
  const year = Number(yearText);
  const month = monthText === undefined ? undefined : Number(monthText);
  const day = dayText === undefined ? undefined : Number(dayText);
  // ISO 8601's year 0000 is 1 BC, a proleptic year no source of ours can mean: a typo.
  if (year < 1) return undefined;
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && (day < 1 || day > daysIn(year, month!))) return undefined;
  if (month === undefined) {
    return { firstDay: `${yearText}-01-01`, lastDay: `${yearText}-12-31`, precision: 'YEAR' };
  }
  const yearMonth = `${yearText}-${pad(month)}`;
  if (day === undefined) {
    return {
      firstDay: `${yearMonth}-01`,
      lastDay: `${yearMonth}-${pad(daysIn(year, month))}`,
      precision: 'MONTH',
    };
  }
  const firstDay = `${yearMonth}-${pad(day)}`;
  return { firstDay, lastDay: firstDay, precision: 'DAY' };
}

/** True for '2022', '2022-09' and '2022-09-08' when they name a real period. */
export function isReducedDate(text: string): boolean {
  return parseReducedDate(text) !== undefined;
}

/** A first day 'YYYY-MM-DD' told at its precision: '2022', '2022-09' or '2022-09-08'. */
export function formatReducedDate(firstDay: string, precision: DatePrecision = 'DAY'): string {
  if (precision === 'YEAR') return firstDay.slice(0, 4);
  if (precision === 'MONTH') return firstDay.slice(0, 7);
  return firstDay.slice(0, 10);
}
