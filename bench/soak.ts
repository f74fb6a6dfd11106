// npm run soak [-- --clients 50 --minutes 10 --kill-at 0.5 --no-kill]
//
// A soak, not a test: an API process (npm start's main.ts, supervising its own managed Neo4j
// on a throw-away data folder, seeded with the article) under N clients asking a mixed read
// load (search, entity, neighbourhoods, a path, the dyad, the country network, events) for the
// whole duration, with the Neo4j JVM killed (-9) part-way. Prints every 10 s and at the end:
// requests, errors by code, p50/p99 latency, and the API's RSS, and how long /health took to
// say ok again after the kill.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Command, Option } from 'commander';
import { PROJECT_ROOT } from '../db/config.ts';

const options = new Command('soak')
  .addOption(new Option('--clients <n>', 'concurrent clients').argParser(Number).default(50))
  .addOption(new Option('--minutes <n>', 'duration').argParser(Number).default(10))
  .addOption(
    new Option('--kill-at <fraction>', 'when to kill Neo4j (0-1 of the duration)')
      .argParser(Number)
      .default(0.5),
  )
  .option('--no-kill', 'do not kill Neo4j')
  .addOption(new Option('--port <n>', 'HTTP port of the API').argParser(Number).default(4199))
  .parse()
  .opts<{ clients: number; minutes: number; killAt: number; kill: boolean; port: number }>();

const QUERIES = [
  '{ search(text: "Japan") { id name } }',
  '{ entity(id: "person:yasukazu-hamada") { id name relations(first: 20) { type other { id } } } }',
  '{ neighborhood(ids: ["country:JPN"], depth: 2, limit: 300) { nodes { id } edges { id } } }',
  '{ shortestPath(from: "person:rajnath-singh", to: "person:lloyd-austin") { nodes { id } } }',
  '{ dyad(a: "USA", b: "JPN") { eventCount } }',
  '{ countryNetwork { nodes { id } edges { id weight } } }',
  '{ events(first: 20) { totalCount edges { node { id } } } }',
];

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-soak-'));
const base = `http://127.0.0.1:${options.port}`;
const env: Record<string, string> = { ...(process.env as Record<string, string>) };
delete env.NEO4J_URI;
Object.assign(env, {
  ENTENTE_DATA_DIR: dataDir,
  PORT: String(options.port),
  ENTENTE_NEO4J_HEAP: env.ENTENTE_NEO4J_HEAP ?? '1g',
  ENTENTE_NEO4J_PAGECACHE_MB: '128',
  ENTENTE_NEO4J_START_TIMEOUT: '600',
  // The graph BENCHMARKS.md's soak figures were measured on: the seed article alone.
  ENTENTE_STARTER: env.ENTENTE_STARTER ?? 'none',
});
const api = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
  cwd: PROJECT_ROOT,
  env,
});
let log = '';
api.stdout.on('data', (c: Buffer) => (log += c.toString()));
api.stderr.on('data', (c: Buffer) => (log += c.toString()));

const rss = () => {
  try {
    const status = fs.readFileSync(`/proc/${api.pid}/status`, 'utf8');
    return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024);
  } catch {
    return 0;
  }
};

while (!log.includes('Entente is running')) {
  if (api.exitCode !== null) throw new Error(`the API stopped:\n${log}`);
  await sleep(500);
}
console.log(`API up; ${options.clients} clients × ${options.minutes} min`);

const latencies: number[] = [];
const errors = new Map<string, number>();
let requests = 0;
const end = Date.now() + options.minutes * 60_000;
const count = (code: string) => errors.set(code, (errors.get(code) ?? 0) + 1);

async function client(seed: number): Promise<void> {
  for (let i = seed; Date.now() < end; i++) {
    const began = performance.now();
    try {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: QUERIES[i % QUERIES.length] }),
        signal: AbortSignal.timeout(30_000),
      });
      const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
      const code = body.errors?.[0]?.extensions?.code;
      if (code) count(code);
    } catch (error) {
      count((error as Error).name === 'TimeoutError' ? 'CLIENT_TIMEOUT' : 'NETWORK');
    }
    requests += 1;
    latencies.push(performance.now() - began);
  }
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]! : 0;
};
const rssSeries: string[] = [];
const report = (label: string) => {
  const codes = [...errors].map(([code, n]) => `${code} ${n}`).join(', ') || 'none';
  console.log(
    `${label}: ${requests} requests, errors ${codes}, p50 ${percentile(latencies, 0.5).toFixed(0)} ms, p99 ${percentile(latencies, 0.99).toFixed(0)} ms, API RSS ${rss()} MB`,
  );
};

const began = Date.now();
const ticker = setInterval(() => {
  rssSeries.push(`${Math.round((Date.now() - began) / 1000)}s:${rss()}MB`);
  report(`${Math.round((Date.now() - began) / 1000)} s`);
}, 10_000);

let recoveryMs: number | undefined;
const killer = (async () => {
  if (!options.kill) return;
  await sleep(options.minutes * 60_000 * options.killAt);
  const { pid } = JSON.parse(fs.readFileSync(path.join(dataDir, 'server.json'), 'utf8')) as {
    pid: number;
  };
  process.kill(pid, 'SIGKILL');
  const killedAt = Date.now();
  console.log(`killed Neo4j (pid ${pid}) at ${Math.round((killedAt - began) / 1000)} s`);
  for (;;) {
    await sleep(500);
    try {
      const response = await fetch(`${base}/health`, { signal: AbortSignal.timeout(10_000) });
      if (response.status === 200 && Date.now() - killedAt > 1000) break;
    } catch {
      // not yet
    }
  }
  recoveryMs = Date.now() - killedAt;
  console.log(`/health ok again ${(recoveryMs / 1000).toFixed(1)} s after the kill`);
})();

await Promise.all([...Array.from({ length: options.clients }, (_, i) => client(i)), killer]);
clearInterval(ticker);
report('total');
console.log(`RSS over time: ${rssSeries.join(' ')}`);
if (recoveryMs !== undefined)
  console.log(`recovery after kill -9: ${(recoveryMs / 1000).toFixed(1)} s`);
console.log(
  `load average: ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
const logged = log
  .split('\n')
  .filter((line) => /exited unexpectedly|is back|did not restart/.test(line));
console.log(logged.join('\n'));
api.kill('SIGTERM');
await new Promise((resolve) => api.once('exit', resolve));
fs.rmSync(dataDir, { recursive: true, force: true });
