// The write stage of every import: each batch in its own transaction (a crash rolls back that
// batch alone), with a batch id of its own, so that the dyad aggregates count only the events
// this very transaction created (db/write/dyad-aggregates.ts). A dry run writes nothing and
// counts every valid row as written.
import { randomBytes } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../../../db/connect.ts';
import type { BatchResult, BatchWriter } from './write-pipeline.ts';

export type WriteBatch<T> = (
  tx: ManagedTransaction,
  rows: T[],
  batchId: string,
) => Promise<BatchResult>;

/** Batch ids `<dataset>:<run>:<n>`: unique per run, so a rerun never matches an old batch. */
export function transactionWriter<T>(
  db: Database | undefined,
  dataset: string,
  write: WriteBatch<T>,
): BatchWriter<T> {
  if (!db) return async (rows) => ({ written: rows.length, created: 0 });
  const run = `${dataset}:${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
  return async (rows, batchNumber) => {
    const session = db.driver.session({ database: db.database });
    try {
      return await session.executeWrite((tx) => write(tx, rows, `${run}:${batchNumber}`));
    } finally {
      await session.close();
    }
  };
}

/** Runs `write` in one transaction of its own (dataset Source nodes, before the rows). */
export async function writeOnce(
  db: Database | undefined,
  write: (tx: ManagedTransaction) => Promise<unknown>,
): Promise<void> {
  if (!db) return;
  const session = db.driver.session({ database: db.database });
  try {
    await session.executeWrite(write);
  } finally {
    await session.close();
  }
}
