// The one file that ties the extractor to the database (`--link`): an EntityLookup over the
// full-text index of names and aliases, through the project's usual connection. Lucene's hits
// are only candidates; a node counts only when its name or one of its aliases equals the
// looked-up name (case and accents aside), so "Austin" does not link to "Austin, Texas".
import { openDatabase } from '../../db/connect.ts';
import { FULLTEXT_INDEX } from '../../schema/constraints.ts';
import type { EntityLookup, LinkableKind } from '../link.ts';

/** Node label of each linkable kind: a fixed allowlist, never spliced from input. */
const LABELS: Record<LinkableKind, string> = {
  person: 'Person',
  organization: 'Organization',
  place: 'Place',
  weaponSystem: 'WeaponSystem',
};

const QUERY = `
CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
WHERE $label IN labels(node)
RETURN node.id AS id, node.name AS name, coalesce(node.aliases, []) AS aliases
ORDER BY score DESC LIMIT 10`;

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
/** A Lucene phrase query: the name in quotes, its own quotes and backslashes escaped. */
const phrase = (name: string) => `"${name.replace(/["\\]/g, '\\$&')}"`;

export interface GraphLookup {
  lookup: EntityLookup;
  close(): Promise<void>;
}

export async function openGraphLookup(log: (line: string) => void): Promise<GraphLookup> {
  const db = await openDatabase({ log });
  const lookup: EntityLookup = async (name, kind) => {
    const result = await db.driver.executeQuery(
      QUERY,
      { index: FULLTEXT_INDEX, query: phrase(name), label: LABELS[kind] },
      { database: db.database, routing: 'READ' },
    );
    return result.records
      .filter((r) =>
        [r.get('name') as string, ...(r.get('aliases') as string[])].some(
          (n) => fold(n) === fold(name),
        ),
      )
      .map((r) => r.get('id') as string);
  };
  return { lookup, close: () => db.close() };
}
