// Bounded heavy work, on a managed Neo4j with a 512 MB heap (the size that ten such requests
// used to kill): ten concurrent requests of ten aliases of a depth-3 neighbourhood of three
// hubs are answered with coded errors, a light request is answered meanwhile within 2 s, and
// Neo4j is alive afterwards. Requests under the per-request budget queue for room and the
// excess is BUSY with Retry-After.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../db/config.ts';
import { createDriver, type Database } from '../../db/connect.ts';
import { ensureManagedNeo4j, type ManagedNeo4j } from '../../db/managed/managed-neo4j.ts';
import { isAlive } from '../../db/managed/server-files.ts';
import { applySchema } from '../../schema/constraints.ts';
import { loadSeed } from '../../seed/load-seed.ts';
import { createApp, type App } from '../../server/app.ts';
import { CostBudget, operationCost } from '../../server/graphql/heavy-work.ts';
import { testPort } from '../support/ports.ts';
import { parse } from 'graphql';

const HUBS = ['country:JPN', 'country:USA', 'country:IND'];
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-heavy-'));
let neo4j: ManagedNeo4j;
let db: Database;
let app: App;

beforeAll(async () => {
  neo4j = await ensureManagedNeo4j({
    ...loadConfig().managed,
    dataDir,
    preferredPort: testPort(4000),
    heap: '512m',
    pageCacheMb: 64,
    startTimeoutMs: 400_000,
  });
  const driver = createDriver(neo4j.uri, 'neo4j', neo4j.credentials.password);
  db = {
    driver,
    database: undefined,
    uri: neo4j.uri,
    username: 'neo4j',
    close: () => driver.close(),
  };
  await applySchema((cypher) => driver.executeQuery(cypher));
  await loadSeed(db);
  app = createApp({ db });
}, 600_000);

afterAll(async () => {
  await db?.close();
  await neo4j?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const aliases = (n: number) =>
  `{ ${Array.from(
    { length: n },
    (_, i) =>
      `n${i}: neighborhood(ids: ${JSON.stringify(HUBS)}, depth: 3, limit: 2000) { nodes { id } edges { id } }`,
  ).join(' ')} }`;

async function post(query: string) {
  const response = await app.fetch('http://entente.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as {
    data?: unknown;
    errors?: { extensions?: { code?: string } }[];
  };
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body };
}

describe('heavy requests on a 512 MB Neo4j', () => {
  it('answers ten concurrent 10-alias hub neighbourhoods with coded errors, a light request within 2 s, and Neo4j survives', async () => {
    const lightQuery = '{ entity(id: "country:JPN") { id name } }';
    await post(lightQuery); // planned once: the bound is on waiting, not on a cold planner
    const heavy = Array.from({ length: 10 }, () => post(aliases(10)));
    const began = Date.now();
    const light = await post(lightQuery);
    const lightMs = Date.now() - began;
    const answers = await Promise.all(heavy);
    expect(light.body.data).toEqual({ entity: { id: 'country:JPN', name: 'Japan' } });
    expect(lightMs).toBeLessThan(2000); // the bound
    for (const answer of answers) {
      expect(answer.status).toBe(422);
      expect(answer.body.errors![0]!.extensions!.code).toBe('TOO_EXPENSIVE');
    }
    expect(isAlive(neo4j.pid)).toBe(true);
    const after = await post('{ health { ok } }');
    expect(after.body.data).toEqual({ health: { ok: true } });
  }, 300_000);

  it('runs heavy requests within the budget by turns and answers the excess BUSY with Retry-After', async () => {
    const busyApp = createApp({ db, heavyWork: { maxWaitMs: 200, maxQueued: 2 } });
    const ask = async (query: string) => {
      const response = await busyApp.fetch('http://entente.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      return {
        status: response.status,
        retryAfter: response.headers.get('retry-after'),
        body: (await response.json()) as {
          data?: unknown;
          errors?: { extensions?: { code?: string } }[];
        },
      };
    };
    const answers = await Promise.all(Array.from({ length: 10 }, () => ask(aliases(3))));
    const codes = answers.map((a) => a.body.errors?.[0]?.extensions?.code ?? 'ok');
    expect(codes).toContain('ok');
    expect(codes).toContain('BUSY');
    for (const a of answers.filter((x) => x.body.errors?.[0]?.extensions?.code === 'BUSY')) {
      expect(a.status).toBe(429);
      expect(a.retryAfter).toBe('5');
    }
    expect(isAlive(neo4j.pid)).toBe(true);
  }, 300_000);
});

describe('the cost of an operation', () => {
  it('multiplies start nodes, limit and depth, with the schema defaults, over every root field', () => {
    expect(operationCost(parse('{ health { ok } }'), undefined, {})).toBe(10);
    expect(operationCost(parse('{ neighborhood(ids: ["a"]) { truncated } }'), undefined, {})).toBe(
      200,
    );
    const q = parse(
      'query Q($ids: [ID!]!) { a: neighborhood(ids: $ids, depth: 3, limit: 2000) { truncated } b: neighborhood(ids: $ids, depth: 3, limit: 2000) { truncated } }',
    );
    expect(operationCost(q, 'Q', { ids: HUBS })).toBe(2 * 3 * 3 * 2000);
  });

  it('grants in order within the budget and gives up after the wait', async () => {
    const budget = new CostBudget(10, 4, 100);
    const first = (await budget.acquire(8))!;
    const waiting = budget.acquire(5);
    const late = budget.acquire(6);
    first();
    const second = await waiting;
    expect(second).toBeTypeOf('function');
    expect(await late).toBeUndefined(); // 5 + 6 is over 10 while the second runs
    second!();
    expect(await budget.acquire(10)).toBeTypeOf('function');
  });
});
