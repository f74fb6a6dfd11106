// npm run bench:peer [-- --connections 8 --seconds 10 --rounds 4]
//
// Issue 13's questions asked of Entente and of @neo4j/graphql 7.6.3 over the same labels of the
// same Neo4j (bench:api's synthetic graph: run bench:api once first), each server in its own
// process, each driven by autocannon at the same concurrency in alternating slices (Entente,
// peer, peer, Entente, …) so that the load's drift cancels. Both answers are checked (200, no
// errors) and their row counts compared. Prints p50 and req/s of both and Entente's req/s over
// the peer's.
import os from 'node:os';
import path from 'node:path';
import { Command, Option } from 'commander';
import { openDatabase } from '../db/connect.ts';
import { buildActors } from './api/actor-rows.ts';
import { startApiProcess } from './api/api-process.ts';
import { httpLoad } from './api/http-load.ts';
import { QUESTIONS, questionVariables, type Request } from './api/operations.ts';
import { PEER_QUESTIONS, peerVariables } from './api/peer-questions.ts';
import { waitUntilQuiet } from './api/quiet.ts';
import { figures, type LoadResult } from './api/stats.ts';
import { EVENTS } from './api/graph-plan.ts';
import { GRAPH_STAMP, storedStamp } from './api/write-graph.ts';

const options = new Command('bench:peer')
  .addOption(new Option('--connections <n>', 'requests in flight').argParser(Number).default(8))
  .addOption(new Option('--seconds <n>', 'measured seconds per side').argParser(Number).default(8))
  .addOption(new Option('--warmup <n>', 'warm-up seconds per side').argParser(Number).default(2))
  .addOption(new Option('--rounds <n>', 'alternating slices per side').argParser(Number).default(2))
  .option('--only <names>', 'comma-separated questions')
  .parse()
  .opts<{ connections: number; seconds: number; warmup: number; rounds: number; only?: string }>();

for (const name of ['NEO4J_URI', 'NEO4J_USERNAME', 'NEO4J_PASSWORD', 'NEO4J_DATABASE'])
  delete process.env[name];
// A graph of another size lives in a folder of its own, so both stay usable.
process.env.ENTENTE_DATA_DIR =
  process.env.ENTENTE_BENCH_API_DIR ??
  path.join(os.tmpdir(), `entente-bench-api${EVENTS === 80_000 ? '' : `-${EVENTS}`}`);

const log = (line: string) => console.log(line);
const load = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(', ');

async function post(url: string, request: Request) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: request.query, variables: request.variables }),
  });
  const text = await response.text();
  if (response.status !== 200 || text.includes('"errors"'))
    throw new Error(`${request.what}: ${response.status} ${text.slice(0, 400)}`);
  return text;
}

/** Rows in an answer: events or countries listed at its top level. */
const rows = (text: string) => {
  const data = (JSON.parse(text) as { data: Record<string, unknown> }).data;
  const value = Object.values(data)[0] as { edges?: unknown[] } | unknown[] | null;
  return Array.isArray(value) ? value.length : (value?.edges?.length ?? (value ? 1 : 0));
};

const db = await openDatabase({ log: () => {} });
const entente = await startApiProcess();
const peer = await startApiProcess('peer-serve.ts');
try {
  if ((await storedStamp(db)) !== GRAPH_STAMP)
    throw new Error('the bench graph is missing or stale: run `npm run bench:api` once first');
  const variables = questionVariables(buildActors());
  const wanted = options.only?.split(',');
  const questions = (Object.keys(PEER_QUESTIONS) as (keyof typeof PEER_QUESTIONS)[]).filter(
    (q) => !wanted || wanted.includes(q),
  );
  log(`${options.connections} connections; load average before: ${load()}`);
  const lines = [
    '| question | Entente p50 ms | Entente req/s | peer p50 ms | peer req/s | Entente ÷ peer (req/s) |',
    '|---|---:|---:|---:|---:|---:|',
  ];
  for (const question of questions) {
    const list = question === 'countryEventsNested' ? variables.countryEvents : variables[question];
    const ours: Request[] = list.map((v) => ({
      what: question,
      query: QUESTIONS[question],
      variables: v,
    }));
    const theirs: Request[] = list.map((v) => ({
      what: question,
      query: PEER_QUESTIONS[question],
      variables: peerVariables(question, v as Record<string, string>),
    }));
    for (let i = 0; i < ours.length; i++) {
      const [a, b] = [await post(entente.url, ours[i]!), await post(peer.url, theirs[i]!)];
      log(
        `  ${question} ${JSON.stringify(ours[i]!.variables)}: Entente ${rows(a)} rows, ${a.length} B; peer ${rows(b)} rows, ${b.length} B`,
      );
    }
    const slice = { connections: options.connections, seconds: options.seconds / options.rounds };
    await httpLoad(entente.url, ours, {
      connections: options.connections,
      seconds: options.warmup,
    });
    await httpLoad(peer.url, theirs, { connections: options.connections, seconds: options.warmup });
    const sides: Record<'ours' | 'theirs', LoadResult[]> = { ours: [], theirs: [] };
    for (let round = 0; round < options.rounds; round++) {
      const order = round % 2 === 0 ? (['ours', 'theirs'] as const) : (['theirs', 'ours'] as const);
      for (const side of order) {
        await waitUntilQuiet(db);
        const url = side === 'ours' ? entente.url : peer.url;
        sides[side].push(await httpLoad(url, side === 'ours' ? ours : theirs, slice));
      }
    }
    const merge = (r: LoadResult[]): LoadResult => ({
      times: r.flatMap((x) => x.times),
      seconds: r.reduce((n, x) => n + x.seconds, 0),
      errors: r.reduce((n, x) => n + x.errors, 0),
      firstError: r.find((x) => x.firstError)?.firstError,
    });
    const [e, p] = [figures(merge(sides.ours)), figures(merge(sides.theirs))];
    if (e.errors || p.errors)
      log(
        `  errors: Entente ${e.errors} ${e.firstError ?? ''}; peer ${p.errors} ${p.firstError ?? ''}`,
      );
    lines.push(
      `| ${question} | ${e.p50.toFixed(1)} | ${e.rps.toFixed(1)} | ${p.p50.toFixed(1)} | ${p.rps.toFixed(1)} | ${(e.rps / p.rps).toFixed(2)}× |`,
    );
    log(`  ${question}: done; load average ${load()}`);
  }
  log('');
  log(lines.join('\n'));
} finally {
  await entente.stop();
  await peer.stop();
  await db.close();
}
