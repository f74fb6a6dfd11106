// search: full-text over names and aliases (the entity_names index), best match first.
import { FULLTEXT_INDEX } from '../../schema/constraints.ts';
import { indexSources } from './convert.ts';
import {
  entityRow,
  relationsOf,
  rowEvidenceLists,
  toEntity,
  type EntityRowData,
} from './entity-rows.ts';
import { sources } from './fragments.ts';
import type { Reader } from './reader.ts';

export const searchCypher = (withRelations: boolean) => `
CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $query, {limit: $scan}) YIELD node AS n, score
WHERE $kindLabels IS NULL OR any(l IN labels(n) WHERE l IN $kindLabels)
// Actors before the (far more numerous) events that mention them in their names.
WITH n, score * CASE WHEN n:Event THEN 0.5 ELSE 1.0 END AS rank
ORDER BY rank DESC, n.name, n.id
LIMIT $first
${relationsOf('n', withRelations)}
WITH collect(${entityRow('n')}) AS rows
${sources('rows', rowEvidenceLists('rows'))}
RETURN rows, sources`;

/**
 * The user's words as a Lucene query: each word must match, as itself (boosted) or as a
 * prefix, so suggestions work while typing. Only letters and digits reach Lucene, so no input
 * can be a syntax error.
 */
export function luceneQuery(text: string): string | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  return words
    .slice(0, 10)
    .map((w) => `(${w}^3 OR ${w}*)`)
    .join(' AND ');
}

export interface SearchArgs {
  text: string;
  kindLabels: string[] | null;
  first: number;
  withRelations: boolean;
  relTypes: string[];
  relationsFirst: number;
}

export async function search(reader: Reader, args: SearchArgs) {
  const query = luceneQuery(args.text);
  if (!query) return [];
  const [result] = await reader.read(searchCypher(args.withRelations), {
    query,
    scan: args.first * 5,
    first: args.first,
    kindLabels: args.kindLabels,
    relTypes: args.relTypes,
    relationsFirst: args.relationsFirst,
  });
  const index = indexSources(result?.sources);
  return ((result?.rows as EntityRowData[]) ?? []).map((row) => toEntity(row, index));
}
