// Reading the curation records: the review queue, a text source with its candidates, and the
// candidates behind a fact. Candidates keep the extractor's fields and the reviewer's edit as
// JSON text (Neo4j has no map property); they are parsed back here.
import { CANDIDATE_FIELDS } from '../../db/curation/review.ts';
import { badInput } from '../errors.ts';
import type { Reader } from './reader.ts';

export interface CandidateRow {
  id: string;
  kind: string;
  status: string;
  quote: string;
  start: number;
  end: number;
  confidence: number;
  extractorVersion: string;
  sourceId: string;
  linkedId: string | null;
  factId: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
  fields: Record<string, unknown>;
  edit: Record<string, unknown> | null;
}

const json = (v: unknown) =>
  typeof v === 'string' ? (JSON.parse(v) as Record<string, unknown>) : null;

export function toCandidate(row: unknown): CandidateRow {
  const c = row as Record<string, unknown>;
  return { ...(c as unknown as CandidateRow), fields: json(c.fields) ?? {}, edit: json(c.edit) };
}

export const pendingCandidatesCypher = `
MATCH (c:Candidate {status: 'PENDING'})
WHERE ($source IS NULL OR c.sourceId = $source)
  AND ($afterSource IS NULL OR c.sourceId > $afterSource
       OR (c.sourceId = $afterSource AND (c.start > $afterStart OR (c.start = $afterStart AND c.id > $afterId))))
WITH c ORDER BY c.sourceId, c.start, c.id LIMIT $limit
RETURN ${CANDIDATE_FIELDS} AS c`;

function decode(after: string | null | undefined): [string, number, string] | null {
  if (after === null || after === undefined) return null;
  try {
    const v = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(v) &&
      typeof v[0] === 'string' &&
      Number.isInteger(v[1]) &&
      typeof v[2] === 'string'
    )
      return [v[0], v[1] as number, v[2]];
  } catch {
    // the error below
  }
  throw badInput('after', 'is not a cursor returned by this API');
}

export async function pendingCandidates(
  reader: Reader,
  args: { first: number; after?: string | null; source?: string | null },
) {
  const cursor = decode(args.after);
  const rows = await reader.read(pendingCandidatesCypher, {
    source: args.source ?? null,
    afterSource: cursor?.[0] ?? null,
    afterStart: cursor?.[1] ?? 0,
    afterId: cursor?.[2] ?? '',
    limit: args.first + 1,
  });
  const candidates = rows.slice(0, args.first).map((r) => toCandidate(r.c));
  const last = candidates.at(-1);
  return {
    candidates,
    pageInfo: {
      hasNextPage: rows.length > args.first,
      endCursor: last
        ? Buffer.from(JSON.stringify([last.sourceId, last.start, last.id])).toString('base64url')
        : null,
    },
  };
}

const SOURCE_FIELDS = `s {.id, .title, .publisher, .url, .sha256, .addedBy, .text,
  publishedAt: CASE s.datePrecision WHEN 'YEAR' THEN toString(s.publishedAt.year)
    WHEN 'MONTH' THEN substring(toString(s.publishedAt), 0, 7) ELSE toString(s.publishedAt) END,
  retrievedAt: toString(s.retrievedAt)}`;

export const sourceDocumentCypher = `
MATCH (s:Source {id: $id}) WHERE s.sha256 IS NOT NULL
CALL (s) {
  OPTIONAL MATCH (c:Candidate)-[:EXTRACTED_FROM]->(s)
  WITH c ORDER BY c.start, c.id
  RETURN collect(${CANDIDATE_FIELDS}) AS candidates
}
RETURN ${SOURCE_FIELDS} AS source, candidates`;

export interface SourceDocumentRow {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  publishedAt: string | null;
  retrievedAt: string;
  sha256: string;
  addedBy: string;
  text: string;
  candidates: CandidateRow[];
}

export async function sourceDocument(
  reader: Reader,
  id: string,
): Promise<SourceDocumentRow | null> {
  const [row] = await reader.read(sourceDocumentCypher, { id });
  if (!row) return null;
  return {
    ...(row.source as Omit<SourceDocumentRow, 'candidates'>),
    candidates: (row.candidates as unknown[]).map(toCandidate),
  };
}

export const sourceDocumentsCypher = `
MATCH (s:Source) WHERE s.sha256 IS NOT NULL
WITH s ORDER BY s.retrievedAt DESC, s.id LIMIT $limit
CALL (s) {
  OPTIONAL MATCH (c:Candidate)-[:EXTRACTED_FROM]->(s)
  WITH c ORDER BY c.start, c.id
  RETURN collect(${CANDIDATE_FIELDS}) AS candidates
}
RETURN ${SOURCE_FIELDS} AS source, candidates`;

export async function sourceDocuments(reader: Reader, limit: number): Promise<SourceDocumentRow[]> {
  const rows = await reader.read(sourceDocumentsCypher, { limit });
  return rows.map((row) => ({
    ...(row.source as Omit<SourceDocumentRow, 'candidates'>),
    candidates: (row.candidates as unknown[]).map(toCandidate),
  }));
}

export const factCandidatesCypher = `
MATCH (c:Candidate {factId: $id, status: 'ACCEPTED'})
WITH c ORDER BY c.reviewedAt
RETURN ${CANDIDATE_FIELDS} AS c`;

export async function factCandidates(reader: Reader, id: string): Promise<CandidateRow[]> {
  return (await reader.read(factCandidatesCypher, { id })).map((r) => toCandidate(r.c));
}

const LINK_LABELS: Record<string, string> = {
  person: 'Person',
  organization: 'Organization',
  place: 'Place',
  weaponSystem: 'WeaponSystem',
};

export const linkNameCypher = `
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
WHERE $label IN labels(node)
RETURN node.id AS id, node.name AS name, coalesce(node.aliases, []) AS aliases
ORDER BY score DESC LIMIT 10`;

const fold = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Ids of graph nodes of this kind whose name or alias is this name, case and accents aside, or
 * this name with its words reversed ("Kihara Minoru" is "Minoru Kihara" written family first).
 */
export async function linkName(reader: Reader, name: string, kind: string): Promise<string[]> {
  const label = LINK_LABELS[kind];
  if (!label || !name.trim()) return [];
  const words = name.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0) return [];
  const query = words.map((w) => `"${w.replace(/["\\]/g, '\\$&')}"`).join(' AND ');
  const rows = await reader.read(linkNameCypher, { query, label });
  const wanted = new Set([
    fold(name),
    fold(kind === 'person' ? [...words].reverse().join(' ') : name),
  ]);
  return rows
    .filter((r) => [r.name as string, ...(r.aliases as string[])].some((n) => wanted.has(fold(n))))
    .map((r) => r.id as string);
}
