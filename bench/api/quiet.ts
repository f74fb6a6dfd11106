// autocannon stops at its deadline without waiting for the responses in flight, and the API
// keeps running their statements. Before the next measurement starts, wait until Neo4j runs
// nothing but this check, so that no side is measured while leftovers of the other still load
// the database (with a slow operation, leftovers would otherwise pile up run after run).
import { setTimeout as sleep } from 'node:timers/promises';
import type { Database } from '../../db/connect.ts';

/** Starts with SHOW TRANSACTIONS itself (no leading newline), so that it leaves itself out. */
const OTHERS = `SHOW TRANSACTIONS YIELD transactionId, currentQuery
WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS'
RETURN count(*) AS running`;

export async function waitUntilQuiet(db: Database, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { records } = await db.driver.executeQuery(OTHERS, {}, { database: db.database });
    if (Number(records[0]?.get('running') ?? 0) === 0) return;
    await sleep(100);
  }
  throw new Error(`Neo4j still ran other transactions after ${timeoutMs / 1000} s`);
}
