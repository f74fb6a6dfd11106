// ISO 8601 reduced dates as the seed records write them ('2022', '2022-09', '2022-09-08'): the
// graph stores the first day of the period with its precision (DESIGN.md, "Dates").
import type { DatePrecision } from '../../schema/model.ts';

export const REDUCED_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface ReducedDate {
  /** First day of the period, 'YYYY-MM-DD', for Cypher's date(). */
  firstDay: string;
  precision: DatePrecision;
}

/** Parses a reduced date; undefined when it is malformed or not a real calendar day. */
export function parseReducedDate(text: string): ReducedDate | undefined {
  const match = REDUCED_DATE_PATTERN.exec(text);
  if (!match) return undefined;
  const [, year, month, day] = match;
  const m = month === undefined ? 1 : Number(month);
  const d = day === undefined ? 1 : Number(day);
  if (m < 1 || m > 12) return undefined;
  // Date.UTC rolls 2022-02-30 over into March; a round trip catches it.
  const probe = new Date(Date.UTC(Number(year), m - 1, d));
  if (probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) return undefined;
  const precision: DatePrecision = day ? 'DAY' : month ? 'MONTH' : 'YEAR';
  return {
    firstDay: `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    precision,
  };
}
