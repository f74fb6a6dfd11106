// The managed Neo4j is supervised and shared. A kill -9 of its JVM under load is logged with
// its cause and restarted; /health says "restarting" meanwhile and "ok" again after. A server
// started by one command (an import) outlives it while another (the API) still uses it. A
// restart whose port was taken meanwhile moves to a free one, and the driver follows.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../db/config.ts';
import { createDriver, openDatabase } from '../../db/connect.ts';
import { ensureManagedNeo4j } from '../../db/managed/managed-neo4j.ts';
import { isAlive, type RunningServer } from '../../db/managed/server-files.ts';
import { testPort } from '../support/ports.ts';

const root = path.resolve(import.meta.dirname, '../..');
const dirs: string[] = [];
const children: ChildProcessWithoutNullStreams[] = [];
afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  await sleep(500);
  for (const dir of dirs) {
    const server = readServer(dir);
    if (server && isAlive(server.pid)) process.kill(server.pid, 'SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

function freshDataDir(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `entente-${name}-`));
  dirs.push(dir);
  return dir;
}

function readServer(dataDir: string): RunningServer | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(dataDir, 'server.json'), 'utf8')) as RunningServer;
  } catch {
    return undefined;
  }
}

/** The environment of a managed-Neo4j command on its own data folder (never NEO4J_URI). */
function managedEnv(dataDir: string, neo4jPort: number, extra: Record<string, string> = {}) {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? os.tmpdir(),
    ENTENTE_DATA_DIR: dataDir,
    ENTENTE_NEO4J_PORT: String(neo4jPort),
    ENTENTE_NEO4J_HEAP: '512m',
    ENTENTE_NEO4J_PAGECACHE_MB: '64',
    ENTENTE_NEO4J_START_TIMEOUT: '300',
    // The seed alone: the starter set's load (tests/integration/starter-load.test.ts) would only
    // add time before the supervision under test.
    ENTENTE_STARTER: 'none',
    ...extra,
  };
  if (process.env.ENTENTE_CACHE_DIR) env.ENTENTE_CACHE_DIR = process.env.ENTENTE_CACHE_DIR;
  if (process.env.XDG_CACHE_HOME) env.XDG_CACHE_HOME = process.env.XDG_CACHE_HOME;
  return env;
}

function spawnCommand(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: root, env });
  children.push(child);
  const output = { text: '' };
  const keep = (chunk: Buffer) => (output.text += chunk.toString('utf8'));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  return { child, output };
}

async function until<T>(what: () => T | Promise<T>, timeoutMs: number, label: string) {
  const began = Date.now();
  for (;;) {
    const value = await what();
    if (value) return value;
    if (Date.now() - began > timeoutMs) throw new Error(`${label}: not within ${timeoutMs} ms`);
    await sleep(250);
  }
}

async function health(base: string): Promise<{ code: number; status: string }> {
  try {
    const response = await fetch(`${base}/health`, { signal: AbortSignal.timeout(10_000) });
    const body = (await response.json()) as { status: string };
    return { code: response.status, status: body.status };
  } catch {
    return { code: 0, status: 'no answer' };
  }
}

describe('a supervised managed Neo4j', () => {
  it('is restarted after a kill -9 under load, with the cause logged and /health saying so', async () => {
    const dataDir = freshDataDir('supervised');
    const port = testPort(3100);
    const base = `http://127.0.0.1:${port}`;
    const api = spawnCommand(
      ['server/main.ts'],
      managedEnv(dataDir, testPort(3000), { PORT: String(port) }),
    );
    await until(() => api.output.text.includes('Entente is running'), 400_000, 'API start');
    expect((await health(base)).status).toBe('ok');

    // Load: four clients asking search questions back to back, whatever the answers.
    let loading = true;
    const client = async () => {
      while (loading) {
        await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ search(text: "Japan") { id } }' }),
          signal: AbortSignal.timeout(15_000),
        }).then(
          (r) => r.text(),
          () => undefined,
        );
      }
    };
    const clients = Array.from({ length: 4 }, client);
    await sleep(2000);

    const killed = readServer(dataDir)!.pid;
    process.kill(killed, 'SIGKILL');
    const began = Date.now();
    const seen = new Set<string>();
    await until(
      async () => {
        const { code, status } = await health(base);
        seen.add(status);
        return code === 200 && status === 'ok' && seen.has('restarting');
      },
      400_000,
      'health ok again',
    );
    const recoveryMs = Date.now() - began;
    loading = false;
    await Promise.all(clients);
    console.log(`kill -9 → /health ok again in ${(recoveryMs / 1000).toFixed(1)} s`);

    expect(seen).toContain('restarting');
    expect(api.output.text).toMatch(
      new RegExp(`Neo4j \\(pid ${killed}\\) exited unexpectedly \\(killed by SIGKILL`),
    );
    expect(api.output.text).toMatch(/Neo4j is back \(pid \d+, restarted in [\d.]+ s\)/);
    const restarted = readServer(dataDir)!.pid;
    expect(restarted).not.toBe(killed);

    api.child.kill('SIGTERM');
    await until(() => api.child.exitCode !== null, 120_000, 'API exit');
    await until(() => !isAlive(restarted), 120_000, 'Neo4j stopped with the API');
  }, 900_000);

  it('outlives the command that started it while another still uses it', async () => {
    const dataDir = freshDataDir('shared');
    const neo4jPort = testPort(3200);
    // The first command (an import, say) starts the server and holds it.
    const holder = spawnCommand(['tests/support/hold-neo4j.ts'], managedEnv(dataDir, neo4jPort));
    const [, pid, owned] = (await until(
      () => /HOLDING (\d+) (\w+)/.exec(holder.output.text),
      400_000,
      'holder start',
    ))!;
    expect(owned).toBe('true');

    // The second (the API) attaches to it.
    const second = await ensureManagedNeo4j({
      ...loadConfig(managedEnv(dataDir, neo4jPort)).managed,
    });
    expect(second.owned).toBe(false);
    expect(second.pid).toBe(Number(pid));

    // The first ends: the server stays up for the second, which still gets answers.
    holder.child.stdin.end();
    await until(() => holder.child.exitCode !== null, 120_000, 'holder exit');
    await sleep(3000);
    expect(isAlive(Number(pid))).toBe(true);
    const driver = createDriver(second.uri, 'neo4j', second.credentials.password);
    const { records } = await driver.executeQuery('RETURN 1 AS one');
    expect(records[0]!.get('one')).toBe(1);
    await driver.close();
    const again = await ensureManagedNeo4j({
      ...loadConfig(managedEnv(dataDir, neo4jPort)).managed,
    });
    expect(again.pid).toBe(Number(pid)); // still advertised, and reused

    // The last user leaves: the server stops, no orphan left behind.
    await second.stop();
    await again.stop();
    await until(() => !isAlive(Number(pid)), 120_000, 'Neo4j stopped after its last user');
  }, 900_000);

  it('restarts on a free port when its own was taken meanwhile, and the driver follows', async () => {
    const dataDir = freshDataDir('moved');
    const lines: string[] = [];
    const db = await openDatabase({
      config: loadConfig(managedEnv(dataDir, testPort(3300))),
      supervise: true,
      log: (line) => lines.push(line),
    });
    const portOf = (uri: string) => Number(new URL(uri.replace('bolt:', 'http:')).port);
    const before = portOf(db.uri);
    const killed = db.managed!.pid;
    process.kill(killed, 'SIGKILL');
    // Something else listens on the port as soon as the JVM has let it go (the supervisor
    // looks once a second, so this wins the race).
    const squatter = net.createServer();
    await until(
      () =>
        new Promise<boolean>((resolve) => {
          squatter.once('error', () => resolve(false));
          squatter.listen(before, '127.0.0.1', () => resolve(true));
        }),
      30_000,
      'port taken',
    );
    try {
      await until(() => lines.some((l) => l.startsWith('Neo4j is back')), 400_000, 'restart');
      expect(lines.join('\n')).toMatch(
        new RegExp(`on port \\d+: port ${before} was taken meanwhile`),
      );
      expect(portOf(db.uri)).not.toBe(before);
      expect(db.state!()).toBe('running');
      const { records } = await db.driver.executeQuery('RETURN 1 AS one');
      expect(records[0]!.get('one')).toBe(1);
    } finally {
      squatter.close();
      await db.close();
    }
  }, 900_000);
});
