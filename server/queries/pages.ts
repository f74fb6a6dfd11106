// Relay-style pages with opaque keyset cursors: a cursor is the (date, id) of the last row
// seen, so a page costs the same wherever it is and survives inserts before it.
import { badInput } from '../graphql/errors.ts';
import { formatDate } from './convert.ts';

/** Sort date of undated rows: they come last, newest first. */
export const UNDATED = '0001-01-01';

export interface Cursor {
  date: string;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.date, cursor.id]), 'utf8').toString('base64url');
}

export function decodeCursor(argument: string, value: string | null | undefined): Cursor | null {
  if (value === null || value === undefined) return null;
  try {
    const [date, id] = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as unknown[];
    if (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) && typeof id === 'string')
      return { date, id };
  } catch {
    // fall through to the error below
  }
  throw badInput(argument, 'is not a cursor returned by this API');
}

/** `rows` holds up to first + 1 items; the extra one only says that another page exists. */
export function toPage<T extends { id: string }>(items: T[], sortDates: unknown[], first: number) {
  const page = items.slice(0, first);
  const edges = page.map((node, i) => ({
    node,
    cursor: encodeCursor({ date: formatDate(sortDates[i]) ?? UNDATED, id: node.id }),
  }));
  return {
    edges,
    pageInfo: { hasNextPage: items.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

/** Cypher parameters of the cursor condition in the list queries. */
export function cursorParams(cursor: Cursor | null) {
  return { afterDate: cursor?.date ?? null, afterId: cursor?.id ?? null };
}

/** Keeps rows strictly after the cursor in (date DESC, id DESC) order; `d` is the sort date. */
export const afterCursor = (d: string, x: string) =>
  `($afterDate IS NULL OR ${d} < date($afterDate) OR (${d} = date($afterDate) AND ${x}.id < $afterId))`;
