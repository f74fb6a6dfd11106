// Relay-style pages with opaque keyset cursors: a cursor is the (date, id) of the last row
// seen, so a page costs the same wherever it is and survives inserts before it.
import { badInput } from '../errors.ts';
import { formatDate } from './convert.ts';
import { entityProjection, toEntity, type EntityRowData, type EntityWants } from './entity-rows.ts';
import type { Reader } from './reader.ts';
import { statementCache } from './statement-cache.ts';

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

/** What every page asks besides its filters: size, cursor, and what the selection wants. */
export interface PageArgs {
  first: number;
  after: Cursor | null;
  withTotal: boolean;
  relTypes: string[];
  /** What the selection asks of each node, and the list sizes it names. */
  wants: EntityWants;
  wantsParams: Record<string, number>;
  /** The date range, first and last day. */
  from: string | null;
  to: string | null;
  /** The count statement's selection, when the page's own cannot count (it stops early). */
  count?: string;
}

/**
 * One page of entities. `select` binds `x` and its sort date `d` and ends in a WHERE clause;
 * the page statement adds the cursor condition, the count statement counts what it selects.
 */
const pageCypher = statementCache(
  ({ select, x, wants }: { select: string; x: string; wants: EntityWants }) => `
${select}
  AND ${afterCursor('d', x)}
WITH ${x}, d ORDER BY d DESC, ${x}.id DESC LIMIT $take
RETURN collect(${entityProjection(x, wants)}) AS rows, collect(d) AS dates`,
);

export async function readPage(reader: Reader, select: string, x: string, args: PageArgs & object) {
  const { wants, wantsParams, count, ...rest } = args;
  const params = {
    ...rest,
    ...wantsParams,
    ...cursorParams(args.after),
    take: args.first + 1,
    after: undefined,
  };
  const [[result], total] = await Promise.all([
    reader.read(pageCypher({ select, x, wants }), params),
    args.withTotal
      ? reader.read(`${count ?? select}\nRETURN count(${x}) AS total`, params)
      : Promise.resolve([]),
  ]);
  const items = ((result?.rows as EntityRowData[]) ?? []).map(toEntity);
  return {
    ...toPage(items, (result?.dates as unknown[]) ?? [], args.first),
    totalCount: (total[0]?.total as number | undefined) ?? 0,
  };
}
