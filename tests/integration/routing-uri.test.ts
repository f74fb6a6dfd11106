// A neo4j:// (routing) URI, as a cluster or Aura is named: the driver asks the server for a
// routing table and sends reads and writes to the members it lists. A single Community server
// answers with itself in every role, so the whole path (config, driver, write transactions of
// the seed loader, read transactions of the API) is tested here without a cluster.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../db/connect.ts';
import { loadConfig } from '../../db/config.ts';
import { loadSeed } from '../../seed/load-seed.ts';
import { apiOn, graphql } from '../support/api.ts';
import { resetDatabase, testConnection, useTestDatabase } from '../support/database.ts';

let direct: Database;
let routed: Database;

beforeAll(async () => {
  direct = await useTestDatabase();
  await resetDatabase(direct);
  const { uri, username, password, database } = testConnection();
  const config = loadConfig({
    NEO4J_URI: uri.replace(/^bolt:/, 'neo4j:'),
    NEO4J_USERNAME: username,
    NEO4J_PASSWORD: password,
    ...(database ? { NEO4J_DATABASE: database } : {}),
  });
  routed = await openDatabase({ config });
});
afterAll(async () => {
  await routed?.close();
  await direct?.close();
});

describe('a neo4j:// routing URI', () => {
  it('is used as given, and the server hands out a routing table', async () => {
    expect(routed.uri).toMatch(/^neo4j:\/\//);
    expect(routed.managed).toBeUndefined();
    // getServerInfo goes through routing: it fails unless a routing table names a server.
    const info = await routed.driver.getServerInfo({ database: routed.database });
    expect(info.address).toMatch(/:\d+$/);
    expect(info.agent).toMatch(/^Neo4j\/5\./);
  });

  it('routes the seed loader’s writes and the API’s reads', async () => {
    await loadSeed(routed);
    const { records } = await direct.driver.executeQuery(
      'MATCH (p:Person {id: "person:yasukazu-hamada"}) RETURN p.name AS name',
      {},
      { database: direct.database },
    );
    expect(records.map((r) => r.get('name'))).toEqual(['Yasukazu Hamada']);
    const response = await graphql<{ search: { id: string }[] }>(
      apiOn(routed),
      '{ search(text: "Hamada") { id } }',
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.search.map((hit) => hit.id)).toContain('person:yasukazu-hamada');
  });
});
