// Field parsers for ATOP rows. ATOP codes a missing day as a blank cell and an open end as
// year 0 (still in effect at the end of the data); a date is stored as its first day plus its
// precision, as everywhere in the graph.
import type { DatePrecision } from '../../../schema/model.ts';

export class FieldError extends Error {
  constructor(
    readonly field: string,
    readonly reason: string,
    readonly detail: string,
  ) {
    super(detail);
  }
}

export interface PartialDate {
  /** 'YYYY-MM-DD', the first day of the period. */
  iso: string;
  precision: DatePrecision;
}

export function intField(
  row: Record<string, string>,
  field: string,
  min: number,
  max: number,
): number {
  const text = row[field] ?? '';
  const n = Number(text);
  if (!/^-?\d+$/.test(text) || n < min || n > max) {
    throw new FieldError(
      field,
      'bad number',
      `${JSON.stringify(text)} is not an integer from ${min} to ${max}`,
    );
  }
  return n;
}

export function flagField(row: Record<string, string>, field: string): boolean {
  return intField(row, field, 0, 1) === 1;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * A date from year, month and day columns. Year 0 means no date (an open end) when `optional`;
 * a blank or 0 day gives MONTH precision, a blank or 0 month YEAR precision.
 */
export function dateFields(
  row: Record<string, string>,
  [yearField, monthField, dayField]: readonly [string, string, string],
  optional: boolean,
): PartialDate | undefined {
  const blankOrZero = (field: string) => (row[field] ?? '') === '' || row[field] === '0';
  const part = (field: string, min: number, max: number) => {
    try {
      return intField(row, field, min, max);
    } catch (error) {
      throw new FieldError(field, 'bad date', (error as FieldError).detail);
    }
  };
  if (optional && blankOrZero(yearField)) return undefined;
  const year = part(yearField, 1000, 2100);
  if (blankOrZero(monthField)) return { iso: `${year}-01-01`, precision: 'YEAR' };
  const month = part(monthField, 1, 12);
  if (blankOrZero(dayField)) return { iso: `${year}-${pad(month)}-01`, precision: 'MONTH' };
  const day = part(dayField, 1, 31);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1) {
    throw new FieldError(
      dayField,
      'bad date',
      `${year}-${pad(month)}-${pad(day)} is not a calendar date`,
    );
  }
  return { iso: `${year}-${pad(month)}-${pad(day)}`, precision: 'DAY' };
}
