// Keeps the managed Neo4j of a long-running command (the API) up: when its JVM dies without
// being asked to (kill -9, out of memory, a full disk), the cause is logged (how it ended and
// the last telling lines of Neo4j's log) and it is started again, on the same port unless
// something else took it meanwhile, with backoff, by whichever supervising command gets the
// start lock first; the others reuse it.
// Meanwhile state() is 'restarting', which /health reports.
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ensureManagedNeo4j, type ManagedNeo4j, type ManagedOptions } from './managed-neo4j.ts';
import { isAlive } from './server-files.ts';

export type SupervisedState = 'running' | 'restarting';

export interface Supervisor {
  state(): SupervisedState;
  /** The server in use now (a new one after a restart). */
  current(): ManagedNeo4j;
  /** Restarts so far, for tests and the soak. */
  restarts(): number;
  stop(): Promise<void>;
}

export interface SupervisorOptions extends ManagedOptions {
  /** How often the JVM's process is checked; default 1000 ms. */
  checkIntervalMs?: number;
  /**
   * Called with the restarted server when it listens on another address than the one before
   * (its port was taken meanwhile), so that the caller can point its driver at it.
   */
  onMoved?: (server: ManagedNeo4j) => void;
}

const FIRST_BACKOFF_MS = 1_000;
const MAX_BACKOFF_MS = 30_000;

/** The last lines of Neo4j's debug.log that say why it went down, else its last lines. */
export function causeFromLog(home: string): string {
  let lines: string[];
  try {
    const text = fs.readFileSync(path.join(home, 'logs', 'debug.log'), 'utf8');
    lines = text
      .slice(-64 * 1024)
      .trim()
      .split('\n');
  } catch {
    return 'no Neo4j log';
  }
  const telling = lines.filter((line) =>
    /OutOfMemory|No space left|ERROR|panic|Exception|MemoryLimitExceeded/.test(line),
  );
  return (telling.length > 0 ? telling.slice(-3) : lines.slice(-2)).join(' | ');
}

export function superviseManagedNeo4j(first: ManagedNeo4j, options: SupervisorOptions): Supervisor {
  const log = options.log ?? ((line: string) => console.error(line));
  let current = first;
  let state: SupervisedState = 'running';
  let stopping = false;
  let restarts = 0;
  const portOf = (server: ManagedNeo4j) =>
    Number(new URL(server.uri.replace('bolt:', 'http:')).port);

  async function restart(): Promise<void> {
    state = 'restarting';
    const died = current;
    const how = died.exit() ?? 'it is gone';
    log(
      `Neo4j (pid ${died.pid}) exited unexpectedly (${how}). Last of its log: ${causeFromLog(died.home)}. Restarting it.`,
    );
    let backoff = FIRST_BACKOFF_MS;
    const began = Date.now();
    while (!stopping) {
      try {
        // The same port when it is free, so that the API's driver finds it again as it is.
        current = await ensureManagedNeo4j({ ...options, preferredPort: portOf(died) });
        restarts += 1;
        const moved = portOf(current) !== portOf(died);
        log(
          `Neo4j is back (pid ${current.pid}, ${current.owned ? 'restarted' : 'restarted by another command'} in ${((Date.now() - began) / 1000).toFixed(1)} s)` +
            (moved
              ? `, on port ${portOf(current)}: port ${portOf(died)} was taken meanwhile.`
              : '.'),
        );
        if (moved) options.onMoved?.(current);
        state = 'running';
        return;
      } catch (error) {
        log(
          `Neo4j did not restart: ${(error as Error).message.split('\n')[0]}; again in ${backoff / 1000} s.`,
        );
        await sleep(backoff, undefined, { ref: false });
        backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
      }
    }
  }

  let checking: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    if (stopping || state === 'restarting' || isAlive(current.pid)) return;
    checking = restart();
  }, options.checkIntervalMs ?? 1000);
  timer.unref();

  return {
    state: () => state,
    current: () => current,
    restarts: () => restarts,
    async stop() {
      stopping = true;
      clearInterval(timer);
      await checking.catch(() => {});
      await current.stop();
    },
  };
}
