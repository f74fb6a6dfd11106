// `npm run neo4j -- start|stop|status`: the managed Neo4j of this data folder on its own, for
// cypher-shell, Neo4j Desktop or an import while nothing else runs. `start` keeps Neo4j up
// until Ctrl-C (or reuses the one already running); `status` prints its Bolt URI and
// credentials; `stop` asks the command that started it to stop it, in order.
import { setTimeout as sleep } from 'node:timers/promises';
import { Command } from 'commander';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { ensureManagedNeo4j } from './managed/managed-neo4j.ts';
import { PrerequisiteError } from './managed/prerequisites.ts';
import {
  isAlive,
  loadOrCreateCredentials,
  readRunningServer,
  type RunningServer,
} from './managed/server-files.ts';
import { onShutdown } from './shutdown.ts';

/** Exit code of `status` when no server runs (as `systemctl status` does for a stopped unit). */
const NOT_RUNNING = 3;

function describe(config: Config, server: RunningServer): string {
  const { username, password } = loadOrCreateCredentials(config.managed.dataDir);
  return [
    `Neo4j is running for ${config.managed.dataDir}`,
    `  Bolt      bolt://127.0.0.1:${server.port}`,
    `  User      ${username}`,
    `  Password  ${password}`,
    `  Since     ${server.startedAt} (java pid ${server.pid}, started by pid ${server.ownerPid})`,
  ].join('\n');
}

async function start(config: Config): Promise<number> {
  const managed = await ensureManagedNeo4j({ ...config.managed, log: (l) => console.error(l) });
  const server = readRunningServer(config.managed.dataDir);
  if (server) console.log(describe(config, server));
  if (!managed.owned) {
    console.log('It was already running; this command leaves it as it is.');
    return 0;
  }
  console.log('Press Ctrl-C to stop it.');
  onShutdown(() => managed.stop());
  await new Promise(() => {}); // until a signal runs the shutdown tasks and exits
  return 0;
}

async function stop(config: Config): Promise<number> {
  const server = readRunningServer(config.managed.dataDir);
  if (!server) {
    console.log(`Neo4j is not running for ${config.managed.dataDir}.`);
    return 0;
  }
  // The owner stops Neo4j in order (closing the launcher's stdin) when it gets SIGTERM.
  process.kill(server.ownerPid, 'SIGTERM');
  for (let waited = 0; waited < 60_000 && isAlive(server.pid); waited += 250) await sleep(250);
  if (isAlive(server.pid)) {
    console.error(`Neo4j (pid ${server.pid}) did not stop within 60 s.`);
    return 1;
  }
  console.log(
    `Stopped Neo4j (pid ${server.pid}) and the command that ran it (pid ${server.ownerPid}).`,
  );
  return 0;
}

function status(config: Config): number {
  const server = readRunningServer(config.managed.dataDir);
  if (!server) {
    console.log(`Neo4j is not running for ${config.managed.dataDir}.`);
    return NOT_RUNNING;
  }
  console.log(describe(config, server));
  return 0;
}

async function main(argv: string[]): Promise<number> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  if (config.neo4j.uri) {
    console.error(`NEO4J_URI is set (${config.neo4j.uri}): that Neo4j is not managed by Entente.`);
    return 1;
  }
  let code = 0;
  const program = new Command('neo4j')
    .description(
      `The managed Neo4j of the data folder (ENTENTE_DATA_DIR, now ${config.managed.dataDir})`,
    )
    .showHelpAfterError();
  program
    .command('start')
    .description('start it (or find it running) and keep it up until Ctrl-C')
    .action(async () => {
      code = await start(config);
    });
  program
    .command('stop')
    .description('stop it, through the command that started it')
    .action(async () => {
      code = await stop(config);
    });
  program
    .command('status')
    .description(`print its Bolt URI and credentials; exit ${NOT_RUNNING} when it is not running`)
    .action(() => {
      code = status(config);
    });
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof PrerequisiteError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  return code;
}

process.exitCode = await main(process.argv);
