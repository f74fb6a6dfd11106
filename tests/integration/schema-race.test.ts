// Simultaneous first starts (npm start beside an import on a fresh data folder) apply the
// schema at once: the loser of each CREATE ... IF NOT EXISTS race must not fail on "An
// equivalent index already exists".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connect.ts';
import { applySchema, SCHEMA_STATEMENTS } from '../../schema/constraints.ts';
import { resetDatabase, useTestDatabase } from '../support/database.ts';

let db: Database;
beforeAll(async () => {
  db = await useTestDatabase();
  await resetDatabase(db);
});
afterAll(async () => {
  await resetDatabase(db); // the schema back for the next test file
  await db.close();
});

async function dropSchema(): Promise<void> {
  const run = (cypher: string) => db.driver.executeQuery(cypher, {}, { database: db.database });
  for (const r of (await run('SHOW CONSTRAINTS YIELD name')).records)
    await run(`DROP CONSTRAINT \`${r.get('name') as string}\``);
  for (const r of (await run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP'")).records)
    await run(`DROP INDEX \`${r.get('name') as string}\``);
}

describe('applying the schema from several commands at once', () => {
  it('succeeds for every one of them, on a database without the schema', async () => {
    for (let round = 0; round < 3; round++) {
      await dropSchema();
      const applyOnce = () =>
        applySchema((cypher) => db.driver.executeQuery(cypher, {}, { database: db.database }));
      await expect(
        Promise.all([applyOnce(), applyOnce(), applyOnce(), applyOnce()]),
      ).resolves.toBeDefined();
    }
    const { records } = await db.driver.executeQuery(
      "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN count(*) AS n",
    );
    expect(records[0]!.get('n')).toBe(SCHEMA_STATEMENTS.length);
  }, 240_000);
});
