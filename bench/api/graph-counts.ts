// The size of the graph under test, as the report states it: nodes by label and relationships
// by type, counted by Neo4j (count store lookups, so this is instant even on a large graph).
import {
  AGGREGATE_TYPES,
  ENTITY_LABELS,
  EVENT_LABELS,
  RELATIONSHIP_TYPES,
} from '../../schema/model.ts';
import type { Database } from '../../db/connect.ts';

async function count(db: Database, cypher: string): Promise<number> {
  const { records } = await db.driver.executeQuery(cypher, {}, { database: db.database });
  return Number(records[0]?.get('n') ?? 0);
}

const thousands = (n: number) => n.toLocaleString('en-GB');

export async function describeGraph(db: Database): Promise<string> {
  const nodes = await count(db, 'MATCH (n) RETURN count(n) AS n');
  const rels = await count(db, 'MATCH ()-[r]->() RETURN count(r) AS n');
  const parts: string[] = [];
  // Labels and types come from the allowlists of schema/model.ts only.
  for (const label of [...Object.values(ENTITY_LABELS), ...Object.values(EVENT_LABELS)]) {
    const n = await count(db, `MATCH (n:${label}) RETURN count(n) AS n`);
    if (n) parts.push(`${label} ${thousands(n)}`);
  }
  const types: string[] = [];
  for (const type of [...RELATIONSHIP_TYPES, ...AGGREGATE_TYPES]) {
    const n = await count(db, `MATCH ()-[r:${type}]->() RETURN count(r) AS n`);
    if (n) types.push(`${type} ${thousands(n)}`);
  }
  return [
    `graph: ${thousands(nodes)} nodes, ${thousands(rels)} relationships`,
    `  nodes: ${parts.join(', ')}`,
    `  relationships: ${types.join(', ')}`,
  ].join('\n');
}
