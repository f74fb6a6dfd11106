// The data version: one counter that every writer bumps in the transaction of its write, so an
// API process (a separate process from the importers) can tell with one cheap read whether
// what it cached is still current. The API's check (server/queries/data-version.ts) also reads
// the node and relationship counts, which Neo4j keeps in its count store at no cost, so even a
// writer that forgets to bump adds or removes something visibly.
import type { ManagedTransaction } from 'neo4j-driver';
import { DATA_VERSION } from '../../schema/model.ts';

/** Last in a write transaction: the counter node is a single lock, held until commit. */
export const BUMP_DATA_VERSION = `
MERGE (v:${DATA_VERSION} {id: 'data'})
SET v.version = coalesce(v.version, 0) + 1, v.changedAt = datetime()`;

export async function bumpDataVersion(tx: ManagedTransaction): Promise<void> {
  await tx.run(BUMP_DATA_VERSION);
}
