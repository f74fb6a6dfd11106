// search: full-text over names and aliases (the entity_names index), best match first.
import { FULLTEXT_INDEX } from '../../schema/constraints.ts';
import { statementCache } from './statement-cache.ts';
import { entityProjection, toEntity, type EntityRowData, type EntityWants } from './entity-rows.ts';
import type { Reader } from './reader.ts';

/**
 * Candidates from the full-text index (the exact phrase boosted, or every word as a prefix)
 * and every country whose name or alias is the text (there are few countries, and a researcher
 * typing "U.S." means the state), ranked: exact names and aliases (states first), names
 * starting with the text, then the rest by score, actors before the far more numerous events
 * that mention them.
 */
export const searchCypher = statementCache(
  (wants: EntityWants) => `
CALL {
  CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $query, {limit: $scan}) YIELD node AS n, score
  RETURN n, score
  UNION
  MATCH (n:Country)
  WHERE toLower(n.name) = $exact OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) = $exact)
  RETURN n, 1.0 AS score
}
WITH n, max(score) AS score
WHERE $kindLabels IS NULL OR any(l IN labels(n) WHERE l IN $kindLabels)
WITH n, score,
     CASE WHEN toLower(n.name) = $exact OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) = $exact) THEN 0
          WHEN toLower(n.name) STARTS WITH $exact THEN 1
          ELSE 2 END AS tier,
     // Among exact matches, the actor a researcher most likely means: a state, then an
     // alliance or organization, then the rest; events last.
     CASE WHEN n:Country THEN 0 WHEN n:Organization OR n:Agreement THEN 1 WHEN n:Event THEN 3 ELSE 2 END AS kindRank
WITH n, tier, CASE WHEN tier = 0 THEN kindRank ELSE 0 END AS kindRank,
     score * CASE WHEN n:Event THEN 0.5 ELSE 1.0 END AS rank
ORDER BY tier, kindRank, rank DESC, n.name, n.id
LIMIT $first
RETURN collect(${entityProjection('n', wants)}) AS rows`,
);

/**
 * The user's words as a Lucene query: the whole text as a phrase (so "U.S." finds the token
 * the index made of "U.S."), or each word matching as itself (boosted) or as a prefix, so
 * suggestions work while typing. Inside the phrase only `"` and `\\` are special and are
 * escaped; outside it only letters and digits reach Lucene, so no input is a syntax error.
 */
export function luceneQuery(text: string): string | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  const phrase = text
    .trim()
    .toLowerCase()
    .replace(/["\\]/g, (c) => `\\${c}`);
  const prefixes = words
    .slice(0, 10)
    .map((w) => `(${w}^3 OR ${w}*)`)
    .join(' AND ');
  return `"${phrase}"^10 OR (${prefixes})`;
}

export interface SearchArgs {
  text: string;
  kindLabels: string[] | null;
  first: number;
  wants: EntityWants;
  /** The list sizes `wants` names. */
  wantsParams: Record<string, number>;
  relTypes: string[];
}

export async function search(reader: Reader, args: SearchArgs) {
  const query = luceneQuery(args.text);
  if (!query) return [];
  const [result] = await reader.read(searchCypher(args.wants), {
    ...args.wantsParams,
    query,
    exact: args.text.trim().toLowerCase(),
    scan: Math.max(args.first * 5, 100),
    first: args.first,
    kindLabels: args.kindLabels,
    relTypes: args.relTypes,
  });
  return ((result?.rows as EntityRowData[]) ?? []).map(toEntity);
}
