// The test run's Neo4j (started by tests/setup/neo4j.ts), for integration tests.
import { inject } from 'vitest';
import { createDriver, type Database } from '../../db/connect.ts';
import { applySchema } from '../../schema/constraints.ts';

export interface TestConnection {
  uri: string;
  username: string;
  password: string;
  database: string | null;
}

export function testConnection(): TestConnection {
  return inject('neo4j');
}

/** A driver on the test database; close it in afterAll. */
export async function useTestDatabase(): Promise<Database> {
  const { uri, username, password, database } = testConnection();
  const driver = createDriver(uri, username, password);
  return { driver, database: database ?? undefined, uri, username, close: () => driver.close() };
}

/** Environment for a child process (a CLI under test) to reach the test database. */
export function testConnectionEnv(): Record<string, string> {
  const { uri, username, password, database } = testConnection();
  return {
    NEO4J_URI: uri,
    NEO4J_USERNAME: username,
    NEO4J_PASSWORD: password,
    ...(database ? { NEO4J_DATABASE: database } : {}),
  };
}

/** Empties the graph (in batches, so a large one does not exhaust memory) and applies the schema. */
export async function resetDatabase(db: Database): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
  await applySchema((cypher) => db.driver.executeQuery(cypher, {}, { database: db.database }));
}

/** Node counts by label and relationship counts by type, for before/after comparisons. */
export async function graphCounts(db: Database): Promise<Record<string, number>> {
  const { records } = await db.driver.executeQuery(
    `CALL { MATCH (n) UNWIND labels(n) AS label RETURN 'node:' + label AS key, count(*) AS count
            UNION ALL
            MATCH ()-[r]->() RETURN 'rel:' + type(r) AS key, count(*) AS count }
     RETURN key, count ORDER BY key`,
    {},
    { database: db.database },
  );
  return Object.fromEntries(records.map((r) => [r.get('key') as string, r.get('count') as number]));
}
