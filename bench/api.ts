// npm run bench:api [-- --connections 8 --seconds 10 --warmup 3 --rounds 4 --only search,dyad]
// ENTENTE_BENCH_EVENTS=1000000 npm run bench:api -- --only countryNetwork   (the 1M-event network)
//
// Latency and throughput of the GraphQL API beside its floor. A deterministic synthetic graph
// (~111k nodes, ~540k relationships plus dyad-month aggregates, bench/api/) is generated once
// into a managed Neo4j of its own and reused by later runs. For each operation the explorer's
// requests go to /graphql of a separate API process through autocannon; then the very Cypher
// statements the API ran for them (captured, with their parameters) go straight through the
// driver at the same concurrency: the floor. The table gives p50/p99/req/s for both and the
// p50 ratio (target: API p50 within 1.2× of the floor).
//
// It never touches a user's data: NEO4J_URI is ignored and the managed Neo4j keeps its data in
// ENTENTE_DATA_DIR, by default <os tmp>/entente-bench-api (set ENTENTE_BENCH_API_DIR to move it).
import os from 'node:os';
import path from 'node:path';
import { Command, Option } from 'commander';
import { openDatabase } from '../db/connect.ts';
import { loadConfig } from '../db/config.ts';
import { buildActors } from './api/actor-rows.ts';
import { startApiProcess } from './api/api-process.ts';
import { describeGraph } from './api/graph-counts.ts';
import { measureOperation } from './api/measure.ts';
import { operations } from './api/operations.ts';
import { table, type Row } from './api/stats.ts';
import { EVENTS } from './api/graph-plan.ts';
import {
  applyCurrentSchema,
  emptyGraph,
  GRAPH_STAMP,
  storedStamp,
  writeGraph,
} from './api/write-graph.ts';

const options = new Command('bench:api')
  .addOption(new Option('--connections <n>', 'requests in flight').argParser(Number).default(8))
  .addOption(new Option('--seconds <n>', 'measured seconds per side').argParser(Number).default(10))
  .addOption(new Option('--warmup <n>', 'warm-up seconds per side').argParser(Number).default(3))
  .addOption(
    new Option('--min-requests <n>', 'fewest requests per side (slow operations run longer)')
      .argParser(Number)
      .default(40),
  )
  .addOption(
    new Option('--rounds <n>', 'alternating slices per side (load drift cancels out)')
      .argParser(Number)
      .default(4),
  )
  .option('--only <names>', 'comma-separated operations (default: all)')
  .option('--regenerate', 'rebuild the synthetic graph even if it is current')
  .parse()
  .opts<{
    connections: number;
    seconds: number;
    warmup: number;
    minRequests: number;
    rounds: number;
    only?: string;
    regenerate?: boolean;
  }>();

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
const config = loadConfig();

const db = await openDatabase({ log: () => {} });
try {
  log(
    `machine: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
  );
  log(
    `Neo4j: ${db.uri} (data ${config.managed.dataDir}, heap ${config.managed.heap}, page cache ${config.managed.pageCacheMb} MiB)`,
  );
  const stamp = await storedStamp(db);
  if (stamp !== GRAPH_STAMP || options.regenerate) {
    log(stamp ? `stored graph is ${stamp}; rebuilding` : 'generating the synthetic graph');
    const began = Date.now();
    if (stamp || options.regenerate) await emptyGraph(db);
    await writeGraph(db, (line) => log(line));
    log(`generated in ${((Date.now() - began) / 1000).toFixed(0)} s`);
  } else {
    await applyCurrentSchema(db);
    log(`reusing the stored synthetic graph (${GRAPH_STAMP.split(':')[0]})`);
  }
  log(await describeGraph(db));

  const wanted = options.only?.split(',');
  const chosen = operations(buildActors()).filter((op) => !wanted || wanted.includes(op.name));
  const api = await startApiProcess();
  try {
    log(
      `API process ${api.pid} at ${api.url}; ${options.connections} connections, ${options.warmup} s warm-up + at least ${options.seconds} s and ${options.minRequests} requests per side`,
    );
    log(`load average before: ${load()}`);
    const rows: Row[] = [];
    for (const operation of chosen) {
      rows.push(await measureOperation(db, api.url, operation, options, log));
      log(`  load average: ${load()}`);
    }
    log(`load average after: ${load()}`);
    log('');
    log(table(rows));
  } finally {
    await api.stop();
  }
} finally {
  await db.close();
}
