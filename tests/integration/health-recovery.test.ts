// When Neo4j dies under a running server, /health says so within seconds and API calls fail
// fast with DATABASE_UNAVAILABLE; when Neo4j is back, the same server recovers by itself.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { loadConfig } from '../../db/config.ts';
import { createDriver } from '../../db/connect.ts';
import { ensureManagedNeo4j, type ManagedNeo4j } from '../../db/managed/managed-neo4j.ts';
import { isAlive } from '../../db/managed/server-files.ts';
import { testPort } from '../support/ports.ts';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-recovery-'));
const options = {
  ...loadConfig().managed,
  dataDir,
  preferredPort: testPort(2000),
  heap: '512m',
  pageCacheMb: 64,
};

async function waitFor(what: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const began = Date.now();
  while (Date.now() - began < timeoutMs) {
    if (await what()) return Date.now() - began;
    await sleep(200);
  }
  throw new Error(`not within ${timeoutMs} ms`);
}

describe('a running server whose Neo4j dies and comes back', () => {
  let neo4j: ManagedNeo4j;
  afterAll(async () => {
    await neo4j?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('reports unavailable, fails fast, and recovers without a restart', async () => {
    neo4j = await ensureManagedNeo4j(options);
    const driver = createDriver(neo4j.uri, neo4j.credentials.username, neo4j.credentials.password);
    const app = createApp({ db: { driver, database: undefined } });
    const healthStatus = async () => (await app.fetch('http://yoga/health')).status;
    await waitFor(async () => (await healthStatus()) === 200, 30_000);
    const body = await (await app.fetch('http://yoga/health')).json();
    expect(body).toMatchObject({ status: 'ok', database: { ok: true, neo4jVersion: '5.26.30' } });

    process.kill(neo4j.pid, 'SIGKILL');
    await waitFor(async () => !isAlive(neo4j.pid), 5_000);
    const downAfterMs = await waitFor(async () => (await healthStatus()) === 503, 10_000);
    expect(downAfterMs).toBeLessThan(10_000);
    const down = await (await app.fetch('http://yoga/health')).json();
    expect(down).toMatchObject({
      status: 'unavailable',
      database: { ok: false, error: expect.any(String) },
    });

    const began = Date.now();
    const response = await app.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ entity(id: "country:JPN") { id } }' }),
    });
    const result = await response.json();
    expect(Date.now() - began).toBeLessThan(10_000); // a fast failure, not a hang
    expect(result.errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
    expect(JSON.stringify(result)).not.toMatch(/127\.0\.0\.1|bolt:|MATCH|at .*\.ts/);

    neo4j = await ensureManagedNeo4j(options); // same data folder, same free port
    expect(neo4j.uri).toBe(`bolt://127.0.0.1:${options.preferredPort}`);
    // Generous: the first statements on a fresh JVM take seconds on a loaded 2-core machine.
    await waitFor(async () => (await healthStatus()) === 200, 120_000);
    await driver.close();
  }, 400_000); // two Neo4j starts on a shared 2-core machine
});
