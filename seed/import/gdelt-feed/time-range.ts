// The time range of a GDELT 2.0 fetch: `--since`/`--until` (UTC dates or times, `--until`'s day
// included whole) or `--last 24h`. GDELT names each 15-minute export by a UTC timestamp
// (`20240101001500.export.CSV.zip`); an export belongs to [from, until) by that timestamp.
import { ImportInputError } from '../import-error.ts';

/** Milliseconds since the epoch, UTC: [from, until). */
export interface TimeRange {
  from: number;
  until: number;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?Z?)?$/;
const STAMP = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/;

function utc(parts: string[]): number | undefined {
  const [y, mo, d, h = '0', mi = '0', s = '0'] = parts;
  const n = [y, mo, d, h, mi, s].map(Number) as [number, number, number, number, number, number];
  const t = Date.UTC(n[0], n[1] - 1, n[2], n[3], n[4], n[5]);
  const back = new Date(t);
  // Date.UTC rolls 2024-02-30 over into March: a day that does not exist is refused instead.
  if (
    back.getUTCMonth() !== n[1] - 1 ||
    back.getUTCDate() !== n[2] ||
    n[3] > 23 ||
    n[4] > 59 ||
    n[5] > 59
  )
    return undefined;
  return t;
}

/** A GDELT timestamp (YYYYMMDDHHMMSS) → ms, or undefined when it is not a real UTC time. */
export function stampTime(stamp: string): number | undefined {
  const m = STAMP.exec(stamp);
  return m ? utc(m.slice(1)) : undefined;
}

/** ms → GDELT's YYYYMMDDHHMMSS. */
export function timeStamp(time: number): string {
  return new Date(time).toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

/**
 * `--since`/`--until` value → ms. A bare date as `until` means the end of that day, so
 * `--since 2024-01-01 --until 2024-01-07` is the seven whole days.
 */
export function parseInstant(value: string, option: string, endOfDay = false): number {
  const date = DATE.exec(value);
  const stamp = STAMP.exec(value);
  const t = date
    ? utc(date.slice(1).filter((p) => p !== undefined))
    : stamp
      ? utc(stamp.slice(1))
      : undefined;
  if (t === undefined)
    throw new ImportInputError(
      `${option} ${JSON.stringify(value)}: expected a UTC date or time such as 2024-01-01, 2024-01-01T06:00 or 20240101060000`,
    );
  return endOfDay && date && date[4] === undefined ? t + 86_400_000 : t;
}

const UNITS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `--last 24h` (m minutes, h hours, d days) → ms. */
export function parseDuration(value: string): number {
  const m = /^(\d+)([mhd])$/.exec(value.trim());
  if (!m || Number(m[1]) === 0)
    throw new ImportInputError(
      `--last ${JSON.stringify(value)}: expected a duration such as 90m, 24h or 7d`,
    );
  return Number(m[1]) * UNITS[m[2]!]!;
}

export interface RangeOptions {
  since?: string;
  until?: string;
  last?: string;
}

/** The range the options name; `until` defaults to now. */
export function resolveRange(options: RangeOptions, now = Date.now()): TimeRange {
  if (options.last !== undefined) {
    if (options.since !== undefined || options.until !== undefined)
      throw new ImportInputError('--last cannot be combined with --since or --until');
    return { from: now - parseDuration(options.last), until: now + 1 };
  }
  if (options.since === undefined) throw new ImportInputError('--until needs --since');
  const from = parseInstant(options.since, '--since');
  const until =
    options.until === undefined ? now + 1 : parseInstant(options.until, '--until', true);
  if (until <= from)
    throw new ImportInputError(`--until ${options.until} is not after --since ${options.since}`);
  return { from, until };
}
