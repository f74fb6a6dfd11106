// Loads the seed: every reference country and the article's records, with their evidence.
// Everything is validated before the first write; the graph is then written in one
// transaction (it is small), so a failure leaves nothing half-written and a rerun changes
// nothing: every write is a MERGE on a unique id.
import { randomUUID } from 'node:crypto';
import { applySchema } from '../schema/constraints.ts';
import { EVENT_LABELS } from '../schema/model.ts';
import type { Database } from '../db/connect.ts';
import {
  readArticleSeed,
  SeedValidationError,
  type SeedInput,
  type SeedProblem,
} from './article/index.ts';
import { articleRows } from './article-rows.ts';
import { countryGroup, datasetSourceGroup } from './country-rows.ts';
import { refreshAgreementPairs } from '../db/write/agreement-pairs.ts';
import { incrementDyadMonths } from '../db/write/dyad-aggregates.ts';
import type { SeedGraph } from '../db/write/graph-rows.ts';
import { writeNodes, writeRelationships, type WriteCounts } from '../db/write/write-graph.ts';

export interface SeedOptions extends SeedInput {
  /** Marks the events this load creates, for the dyad aggregates; default: a fresh id. */
  batch?: string;
}

export interface SeedReport {
  /** Nodes written (created or matched), by label; events also under their kind label. */
  nodes: Record<string, number>;
  /** Relationships written (created or matched), by type. */
  relationships: Record<string, number>;
  /** What this run changed: all zero when the seed was already loaded. */
  nodesCreated: number;
  relationshipsCreated: number;
  batch: string;
}

/** Every problem in the seed (records and article), in file order; empty when it can be loaded. */
export function validateSeed(input: SeedInput = {}): SeedProblem[] {
  return readArticleSeed(input).problems;
}

/** The graph rows of a valid seed; throws SeedValidationError listing every problem otherwise. */
export function buildSeedGraph(input: SeedInput = {}): SeedGraph {
  const { records, problems } = readArticleSeed(input);
  if (!records) throw new SeedValidationError(problems);
  const article = articleRows(records);
  return {
    nodes: [datasetSourceGroup(), countryGroup(article.countryMentions), ...article.nodes],
    relationships: article.relationships,
    eventIds: article.eventIds,
  };
}

function tally(graph: SeedGraph): Pick<SeedReport, 'nodes' | 'relationships'> {
  const nodes: Record<string, number> = {};
  const relationships: Record<string, number> = {};
  for (const group of graph.nodes) {
    nodes[group.label] = (nodes[group.label] ?? 0) + group.rows.length;
    const kind = group.eventKind && EVENT_LABELS[group.eventKind];
    if (kind) nodes[kind] = (nodes[kind] ?? 0) + group.rows.length;
  }
  for (const group of graph.relationships) {
    relationships[group.type] = (relationships[group.type] ?? 0) + group.rows.length;
  }
  return { nodes, relationships };
}

export async function loadSeed(db: Database, options: SeedOptions = {}): Promise<SeedReport> {
  const graph = buildSeedGraph(options); // throws before any write when invalid
  const batch = options.batch ?? `seed:${randomUUID()}`;
  await applySchema((cypher) => db.driver.executeQuery(cypher, {}, { database: db.database }));

  const session = db.driver.session({ database: db.database });
  try {
    const counts = await session.executeWrite(async (tx) => {
      // Fresh counts per attempt: executeWrite may retry the function after a transient error.
      const counts: WriteCounts = { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 };
      await writeNodes(tx, graph.nodes, batch, counts);
      await writeRelationships(tx, graph.relationships, counts);
      // After PARTICIPATED_IN exists, in the same transaction (db/write/dyad-aggregates.ts).
      await incrementDyadMonths(tx, graph.eventIds, batch);
      await refreshAgreementPairs(
        tx,
        graph.nodes.filter((g) => g.label === 'Agreement').flatMap((g) => g.rows.map((r) => r.id)),
      );
      return counts;
    });
    return { ...tally(graph), ...counts, batch };
  } finally {
    await session.close();
  }
}

/** True when the database holds no node at all. */
export async function isDatabaseEmpty(db: Database): Promise<boolean> {
  const { records } = await db.driver.executeQuery(
    'OPTIONAL MATCH (n) WITH n LIMIT 1 RETURN n IS NULL AS empty',
    {},
    { database: db.database, routing: 'READ' },
  );
  return records[0]?.get('empty') === true;
}

/** Loads the seed when the database is empty (what `npm start` does); null when it was not. */
export async function seedIfEmpty(
  db: Database,
  options: SeedOptions = {},
): Promise<SeedReport | null> {
  if (!(await isDatabaseEmpty(db))) return null;
  return loadSeed(db, options);
}
