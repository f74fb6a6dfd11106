// Two API processes on one Neo4j behind a simple round-robin balancer (README, "Several API
// instances"): every question gets the same answer from either, and a write through one is
// seen through the other on the next request, cached default views included.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connect.ts';
import { loadSeed } from '../../seed/load-seed.ts';
import { makeToken } from '../support/auth.ts';
import { resetDatabase, testConnectionEnv, useTestDatabase } from '../support/database.ts';
import { testPort } from '../support/ports.ts';

// DoD News, 5 May 2023 (public domain), copied with its origin in tests/fixtures/texts/README.md.
const TEXT = fs.readFileSync(
  new URL(
    '../fixtures/texts/05-dodnews-austin-blaszczak-reciprocal-procurement.txt',
    import.meta.url,
  ),
  'utf8',
);

const root = path.resolve(import.meta.dirname, '../..');
const instances: { child: ChildProcessWithoutNullStreams; output: string; url: string }[] = [];
const served = [0, 0];
let balancer: http.Server;
let balanced: string;
let db: Database;
let token: string;

/** One API process (npm start's main.ts) on the test run's Neo4j. */
async function startInstance(port: number) {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? os.tmpdir(),
    ENTENTE_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'entente-instance-')),
    ENTENTE_STARTER: 'none',
    PORT: String(port),
    ...testConnectionEnv(),
  };
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { cwd: root, env });
  const instance = { child, output: '', url: `http://127.0.0.1:${port}` };
  const keep = (chunk: Buffer) => (instance.output += chunk.toString('utf8'));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  instances.push(instance);
  for (let waited = 0; !instance.output.includes('Entente is running'); waited += 250) {
    if (child.exitCode !== null || waited > 120_000) {
      throw new Error(`API instance on ${port} did not start:\n${instance.output}`);
    }
    await sleep(250);
  }
}

/** Round robin over the instances, request and answer passed through as they are. */
function startBalancer(): Promise<string> {
  let next = 0;
  balancer = http.createServer((request, response) => {
    const index = next++ % instances.length;
    served[index]! += 1;
    const target = new URL(instances[index]!.url);
    const upstream = http.request(
      {
        host: target.hostname,
        port: target.port,
        method: request.method,
        path: request.url,
        headers: request.headers,
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on('error', () => response.writeHead(502).end());
    request.pipe(upstream);
  });
  return new Promise((resolve) =>
    balancer.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(balancer.address() as AddressInfo).port}`),
    ),
  );
}

async function ask(base: string, query: string, variables = {}, auth?: string) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(auth ? { authorization: `Bearer ${auth}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data!;
}

const QUESTIONS = [
  '{ search(text: "Japan") { id name kind } }',
  '{ entity(id: "person:yasukazu-hamada") { id name relations(first: 20) { type other { id } } } }',
  '{ neighborhood(ids: ["country:JPN"], depth: 2, limit: 300) { nodes { id } edges { id } } }',
  '{ dyad(a: "USA", b: "JPN") { eventCount } }',
  '{ countryNetwork { nodes { id } edges { id source target weight } } }',
  '{ dataSpan { earliest { date } latest { date } undatedEvents years { year events } } }',
];
const AGREEMENT_EDGES =
  '{ countryNetwork(options: { families: [AGREEMENTS] }) { edges { source target } } }';
// The unfiltered default view, which each instance serves from its own cache.
const DEFAULT_EDGES = '{ countryNetwork { edges { source target } } }';

beforeAll(async () => {
  db = await useTestDatabase();
  await resetDatabase(db);
  await loadSeed(db);
  token = await makeToken(db, 'curate', 'instances test');
  await startInstance(testPort(3400));
  await startInstance(testPort(3401));
  balanced = await startBalancer();
}, 300_000);

afterAll(async () => {
  await new Promise((resolve) => balancer?.close(resolve));
  for (const { child } of instances) child.kill('SIGTERM');
  await db?.close();
});

describe('two API processes on one Neo4j behind a balancer', () => {
  it('give the same answer to every question, directly and through the balancer', async () => {
    for (const query of QUESTIONS) {
      const answers = [
        await ask(instances[0]!.url, query),
        await ask(instances[1]!.url, query),
        await ask(balanced, query),
        await ask(balanced, query),
      ];
      for (const answer of answers.slice(1)) expect(answer, query).toEqual(answers[0]);
    }
    expect(served[0]).toBeGreaterThan(0);
    expect(served[1]).toBe(served[0]);
  });

  it('see a write made through the other on the next request, cached views included', async () => {
    // Both instances have answered (and cached) the agreement network before the write.
    const before = [await ask(balanced, AGREEMENT_EDGES), await ask(balanced, AGREEMENT_EDGES)];
    expect(before[1]).toEqual(before[0]);
    for (const instance of instances) await ask(instance.url, DEFAULT_EDGES);
    const pair = (data: Record<string, unknown>) =>
      (data.countryNetwork as { edges: { source: string; target: string }[] }).edges.map(
        (e) => `${e.source} ${e.target}`,
      );
    expect(pair(before[0]!)).not.toContain('country:POL country:USA');

    // The write goes to instance A only.
    const added = await ask(
      instances[0]!.url,
      `mutation ($input: AddSourceInput!) { addSource(input: $input) { candidates { id kind } } }`,
      { input: { text: TEXT, title: 'Austin, Blaszczak: reciprocal procurement' } },
      token,
    );
    const candidates = (added.addSource as { candidates: { id: string; kind: string }[] })
      .candidates;
    const agreement = candidates.find((c) => c.kind === 'agreement')!;
    await ask(
      instances[0]!.url,
      'mutation ($id: ID!) { acceptCandidate(id: $id) { status } }',
      { id: agreement.id },
      token,
    );

    // Instance B answers with it at once, as A does.
    const afterB = await ask(instances[1]!.url, AGREEMENT_EDGES);
    const afterA = await ask(instances[0]!.url, AGREEMENT_EDGES);
    expect(pair(afterB)).toContain('country:POL country:USA');
    expect(afterB).toEqual(afterA);
    expect(pair(await ask(instances[1]!.url, DEFAULT_EDGES))).toContain('country:POL country:USA');
    const pending = '{ pendingCandidates(first: 50) { candidates { id status } } }';
    expect(await ask(instances[1]!.url, pending)).toEqual(await ask(instances[0]!.url, pending));
  });
});
