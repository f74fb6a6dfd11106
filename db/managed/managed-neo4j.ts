// The managed local Neo4j: started in a Java launcher of our own (Launcher.java) on loopback,
// awaited until Bolt answers, and stopped cleanly. One server per data folder: a command that
// finds one running reuses it, and only the command that started it stops it.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Config } from '../config.ts';
import { checkDataFolder } from './data-folder.ts';
import { ensureDistribution } from './distribution.ts';
import { findJava } from './prerequisites.ts';
import {
  isAlive,
  loadOrCreateCredentials,
  readRunningServer,
  removeRunningServer,
  addUser,
  otherUsers,
  removeUser,
  restrictToOwner,
  serverFile,
  tryLockStart,
  unlockStart,
  writeRunningServer,
  type Credentials,
  type RunningServer,
} from './server-files.ts';

export type ManagedOptions = Config['managed'] & { log?: (line: string) => void };

export interface ManagedNeo4j {
  uri: string;
  credentials: Credentials;
  /** True when this process started the server (and so stops it). */
  owned: boolean;
  pid: number;
  /** Milliseconds from the call to Bolt answering (0 when reused). */
  startupMs: number;
  /** True when this call downloaded Neo4j first. */
  downloaded: boolean;
  /** The server's folder (its logs are in logs/). */
  home: string;
  /** How the server's process ended, when this process started it and saw it end. */
  exit(): string | undefined;
  /**
   * Stops using the server: it stops when no other command uses it (whoever started it);
   * otherwise it keeps running for them.
   */
  stop(): Promise<void>;
}

const READY = 'ENTENTE_NEO4J_READY';

/** Connects to the server running for this data folder, or starts one. */
export async function ensureManagedNeo4j(options: ManagedOptions): Promise<ManagedNeo4j> {
  const { dataDir } = options;
  checkDataFolder(dataDir);
  const deadline = Date.now() + options.startTimeoutMs;
  while (Date.now() < deadline) {
    const running = readRunningServer(dataDir);
    if (running) return reuse(running, dataDir);
    await waitForOrphanedJava(dataDir);
    if (tryLockStart(dataDir)) {
      try {
        const raced = readRunningServer(dataDir);
        if (raced) return reuse(raced, dataDir);
        return await start(options);
      } finally {
        unlockStart(dataDir);
      }
    }
    await sleep(250); // another command is starting it; its server.json appears when ready
  }
  throw new Error(`Timed out waiting for another command to start Neo4j for ${dataDir}`);
}

function reuse(server: RunningServer, dataDir: string): ManagedNeo4j {
  addUser(dataDir);
  return {
    uri: `bolt://127.0.0.1:${server.port}`,
    credentials: loadOrCreateCredentials(dataDir),
    owned: false,
    pid: server.pid,
    startupMs: 0,
    downloaded: false,
    home: path.join(dataDir, 'db'),
    exit: () => undefined,
    stop: async () => removeUser(dataDir),
  };
}

/**
 * A server whose owner died shuts itself down (its stdin closed); wait for that rather than
 * fail on Neo4j's store lock, and end it if it takes too long.
 */
async function waitForOrphanedJava(dataDir: string): Promise<void> {
  let recorded: RunningServer;
  try {
    recorded = JSON.parse(fs.readFileSync(serverFile(dataDir), 'utf8')) as RunningServer;
  } catch {
    return;
  }
  for (let i = 0; i < 120 && isAlive(recorded.pid); i++) await sleep(250);
  if (isAlive(recorded.pid)) process.kill(recorded.pid, 'SIGKILL');
  fs.rmSync(serverFile(dataDir), { force: true });
}

async function start(options: ManagedOptions): Promise<ManagedNeo4j> {
  const log = options.log ?? (() => {});
  const began = Date.now();
  const java = findJava();
  const distribution = ensureDistribution(options.cacheDir, java, log);
  const credentials = loadOrCreateCredentials(options.dataDir);
  const port = await findFreePort(options.preferredPort);
  const home = path.join(options.dataDir, 'db');
  restrictToOwner(options.dataDir);
  // The JVM inherits the umask at fork: every file Neo4j creates is the owner's only.
  const umask = process.umask(0o077);
  let child: ChildProcessWithoutNullStreams;
  try {
    child = spawn(
      java,
      [
        '-Xms256m',
        `-Xmx${options.heap}`,
        '-XX:+UseG1GC',
        '-XX:+ExitOnOutOfMemoryError',
        '-Dfile.encoding=UTF-8',
        '-Dio.netty.tryReflectionSetAccessible=true',
        '--add-opens=java.base/java.nio=ALL-UNNAMED',
        '--add-opens=java.base/java.io=ALL-UNNAMED',
        '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
        '-cp',
        distribution.classpath,
        'Launcher',
        home,
        String(port),
        String(options.pageCacheMb),
        ...transactionMemoryMb(options.heap).map(String),
      ],
      {
        env: { ...process.env, ENTENTE_NEO4J_PASSWORD: credentials.password },
        // Its own process group: a Ctrl-C reaches Node, which stops Neo4j in order.
        detached: true,
        stdio: ['pipe', 'pipe', 'pipe'],
      },
    );
  } finally {
    process.umask(umask);
  }
  const output = collectOutput(child);
  await waitUntilReady(child, output, options.startTimeoutMs, home);
  const server: RunningServer = {
    pid: child.pid!,
    ownerPid: process.pid,
    port,
    startedAt: new Date().toISOString(),
  };
  writeRunningServer(options.dataDir, server);
  addUser(options.dataDir);
  return {
    uri: `bolt://127.0.0.1:${port}`,
    credentials,
    owned: true,
    pid: child.pid!,
    startupMs: Date.now() - began,
    downloaded: distribution.downloaded,
    home,
    exit: () => describeChildExit(child, output),
    stop: () => stopChild(child, options.dataDir),
  };
}

/**
 * The heap Neo4j's transactions may use, in MiB: 60% of the heap for all of them together and
 * a quarter for any one (512m: 307 and 128), so that the rest of the JVM always has room.
 */
export function transactionMemoryMb(heap: string): [total: number, perTransaction: number] {
  const size = Number(heap.slice(0, -1));
  const mb = /g$/i.test(heap) ? size * 1024 : size;
  return [Math.floor(mb * 0.6), Math.floor(mb * 0.25)];
}

interface Output {
  lines: string[];
  ready: boolean;
}

function collectOutput(child: ChildProcessWithoutNullStreams): Output {
  const output: Output = { lines: [], ready: false };
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      if (line.startsWith(READY)) output.ready = true;
      output.lines.push(line);
      if (output.lines.length > 40) output.lines.shift();
    }
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  return output;
}

async function waitUntilReady(
  child: ChildProcessWithoutNullStreams,
  output: Output,
  timeoutMs: number,
  home: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!output.ready) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `Neo4j exited before it was ready (${child.exitCode ?? child.signalCode}).\n${lastLines(output, home)}`,
      );
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(
        `Neo4j did not answer within ${timeoutMs / 1000} s.\n${lastLines(output, home)}`,
      );
    }
    await sleep(100);
  }
}

function lastLines(output: Output, home: string): string {
  let debugLog = '';
  try {
    debugLog = fs
      .readFileSync(path.join(home, 'logs', 'debug.log'), 'utf8')
      .trim()
      .split('\n')
      .slice(-15)
      .join('\n');
  } catch {
    // no log yet: the JVM failed before Neo4j started
  }
  return [
    `Last output of the launcher:`,
    ...output.lines.slice(-15),
    debugLog && `Last lines of ${home}/logs/debug.log:`,
    debugLog,
  ]
    .filter(Boolean)
    .join('\n');
}

/** How a child that has exited ended, with the launcher's last words that explain it. */
function describeChildExit(
  child: ChildProcessWithoutNullStreams,
  output: Output,
): string | undefined {
  if (child.exitCode === null && child.signalCode === null) return undefined;
  const how = child.signalCode ? `killed by ${child.signalCode}` : `exit code ${child.exitCode}`;
  const said = output.lines.filter((line) =>
    /OutOfMemory|No space|Terminating|Exception|Error/.test(line),
  );
  return [how, ...said.slice(-3)].join('; ');
}

/**
 * Closes the launcher's stdin: it shuts Neo4j down, or keeps it running while another command
 * uses it (then this returns at once). Escalates only if a shutdown hangs.
 */
async function stopChild(child: ChildProcessWithoutNullStreams, dataDir: string): Promise<void> {
  removeUser(dataDir);
  if (otherUsers(dataDir).length > 0) {
    child.stdin.end(); // the launcher sees the others and stays up for them
    child.stdout.destroy();
    child.stderr.destroy();
    child.unref();
    return;
  }
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.stdin.end();
    // Unreferenced timers: a pending escalation must not keep a finished process alive.
    const waitFor = (ms: number) =>
      Promise.race([
        exited.then(() => true),
        sleep(ms, undefined, { ref: false }).then(() => false),
      ]);
    if (!(await waitFor(60_000))) {
      child.kill('SIGTERM');
      if (!(await waitFor(15_000))) child.kill('SIGKILL');
    }
  }
  removeRunningServer(dataDir, child.pid!);
}

/** The preferred port if free on loopback, else the next free one of the following 20, else any. */
export async function findFreePort(preferred: number): Promise<number> {
  for (let port = preferred; port < preferred + 20 && port <= 65535; port++) {
    if (await canListen(port)) return port;
  }
  return listenPort(0);
}

function canListen(port: number): Promise<boolean> {
  return listenPort(port).then(
    () => true,
    () => false,
  );
}

function listenPort(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(port, '127.0.0.1', () => {
      const address = probe.address() as net.AddressInfo;
      probe.close(() => resolve(address.port));
    });
  });
}
