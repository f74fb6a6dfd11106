// The audit trail, newest first, in keyset pages: a cursor is the (at, id) of the last record
// seen. `before` and `after` are stored as JSON text and parsed back here.
import { badInput } from '../errors.ts';
import type { Reader } from './reader.ts';

export const auditRecordsCypher = `
MATCH (a:AuditRecord)
WHERE ($target IS NULL OR a.target = $target)
  AND ($afterAt IS NULL OR a.at < datetime($afterAt) OR (a.at = datetime($afterAt) AND a.id < $afterId))
WITH a ORDER BY a.at DESC, a.id DESC LIMIT $limit
RETURN a {.id, at: toString(a.at), .actor, .tokenId, .action, .target, .before, .after} AS record`;

export interface AuditRecordRow {
  id: string;
  at: string;
  actor: string;
  tokenId: string | null;
  action: string;
  target: string;
  before: unknown;
  after: unknown;
}

function decode(after: string | null | undefined): [string, string] | null {
  if (after === null || after === undefined) return null;
  try {
    const value = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(value) &&
      typeof value[0] === 'string' &&
      /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(value[0]) &&
      typeof value[1] === 'string'
    )
      return [value[0], value[1]];
  } catch {
    // the error below
  }
  throw badInput('after', 'is not a cursor returned by this API');
}

const parse = (text: unknown) =>
  typeof text === 'string' ? (JSON.parse(text) as Record<string, unknown>) : null;

export async function auditRecords(
  reader: Reader,
  args: { first: number; after?: string | null; target?: string | null },
) {
  const cursor = decode(args.after);
  const rows = await reader.read(auditRecordsCypher, {
    target: args.target ?? null,
    afterAt: cursor?.[0] ?? null,
    afterId: cursor?.[1] ?? null,
    limit: args.first + 1,
  });
  const records = rows.slice(0, args.first).map((row) => {
    const r = row.record as AuditRecordRow;
    return { ...r, before: parse(r.before), after: parse(r.after) };
  });
  const last = records.at(-1);
  return {
    records,
    pageInfo: {
      hasNextPage: rows.length > args.first,
      endCursor: last
        ? Buffer.from(JSON.stringify([last.at, last.id]), 'utf8').toString('base64url')
        : null,
    },
  };
}
