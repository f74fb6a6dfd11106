// Calendar arithmetic on reduced dates (2017, 2017-10, 2017-10-24): a partial date keeps only
// the parts the text gives. The graph's own parser (seed/article/reduced-date.ts) validates the
// strings this module writes; this one only builds and shifts them.

export interface PartialDate {
  year: number;
  month: number | null;
  day: number | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function formatPartial(date: PartialDate): string {
  if (date.month === null) return String(date.year);
  if (date.day === null) return `${date.year}-${pad(date.month)}`;
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** Parses '2017', '2017-10' or '2017-10-24' (a real calendar day); undefined otherwise. */
export function parsePartial(text: string | null | undefined): PartialDate | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text ?? '');
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] === undefined ? null : Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  if (month !== null && (month < 1 || month > 12)) return undefined;
  if (day !== null && formatPartial(addDays({ year, month: month ?? 1, day }, 0)) !== m[0])
    return undefined;
  return { year, month, day };
}

function toUtc(date: PartialDate): Date {
  return new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
}

/** The day `days` after a full date (negative: before). */
export function addDays(date: PartialDate, days: number): PartialDate {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The month `months` after a year-month (negative: before); the day is dropped. */
export function addMonths(date: PartialDate, months: number): PartialDate {
  const index = date.year * 12 + (date.month ?? 1) - 1 + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1, day: null };
}

/** Day of the week of a full date, 0 = Sunday. */
export function weekday(date: PartialDate): number {
  return toUtc(date).getUTCDay();
}

/** -1, 0, 1 comparing month and day within a year (a missing day counts as the 1st). */
export function compareMonthDay(a: PartialDate, b: PartialDate): number {
  const ka = (a.month ?? 1) * 100 + (a.day ?? 1);
  const kb = (b.month ?? 1) * 100 + (b.day ?? 1);
  return Math.sign(ka - kb);
}
