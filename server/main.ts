// `npm start`: configuration → Neo4j (managed or NEO4J_URI) → schema → seed when empty → HTTP.
// Every expected failure ends in one readable line, not a stack trace.
import http from 'node:http';
import { applySchema } from '../schema/constraints.ts';
import { createApp } from './app.ts';
import { allowedHosts, isLoopback } from './http/host-check.ts';
import { requestListener } from './http/node-listener.ts';
import { ConfigError, loadConfig, type Config } from '../db/config.ts';
import { openDatabase, type Database } from '../db/connect.ts';
import { describeConnectionFailure } from '../db/connection-failure.ts';
import { DataFolderError } from '../db/managed/data-folder.ts';
import { PrerequisiteError } from '../db/managed/prerequisites.ts';
import { onShutdown, shutdown } from '../db/shutdown.ts';
import { prepareData } from './prepare-data.ts';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function main(): Promise<void> {
  const began = Date.now();
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }

  if (!isLoopback(config.host)) {
    console.error(
      `Warning: HOST=${config.host} makes the API and explorer reachable from the network, to anyone who can reach this machine (reads need no login). Use HOST=127.0.0.1 unless that is what you want.`,
    );
  }

  let db: Database;
  try {
    db = await openDatabase({ config, log: (line) => console.log(line), supervise: true });
  } catch (error) {
    if (error instanceof PrerequisiteError || error instanceof DataFolderError) fail(error.message);
    fail(`Could not start or reach Neo4j: ${(error as Error).message}`);
  }
  const neo4jReadyMs = Date.now() - began;
  try {
    await db.driver.verifyConnectivity({ database: db.database });
    await applySchema((cypher) => db.driver.executeQuery(cypher, {}, { database: db.database }));
    await prepareData(db, (line) => console.log(line), { starter: config.starter });
  } catch (error) {
    await db.close();
    fail(describeConnectionFailure(error, db.uri, db.username));
  }

  const app = createApp({
    db,
    development: config.development,
    allowedHosts: allowedHosts(config.host, config.allowedHosts),
    neo4jState: db.state,
  });
  const server = http.createServer(requestListener(app));
  await new Promise<void>((resolve) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      void db
        .close()
        .then(() =>
          fail(
            error.code === 'EADDRINUSE'
              ? `PORT ${config.port} is already in use on ${config.host}; set PORT to a free port.`
              : `Could not listen on ${config.host}:${config.port}: ${error.message}`,
          ),
        );
    });
    server.listen(config.port, config.host, resolve);
  });
  onShutdown(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  );

  printBanner(config, db, neo4jReadyMs, Date.now() - began);
}

function printBanner(config: Config, db: Database, neo4jMs: number, totalMs: number): void {
  const base = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`;
  const lines = [
    '',
    'Entente is running.',
    `  Explorer   ${base}/`,
    `  GraphQL    ${base}/graphql   (GraphiQL in a browser)`,
    `  Health     ${base}/health`,
    db.managed
      ? `  Neo4j      ${db.uri}   user ${db.username}   password ${db.managed.credentials.password}` +
        `\n             (managed by Entente; ${db.managed.owned ? `started in ${seconds(neo4jMs)}${db.managed.downloaded ? ', downloaded first' : ''}` : 'already running, reused'}; cypher-shell -a ${db.uri} -u ${db.username} -p <password>)`
      : `  Neo4j      ${db.uri}   user ${db.username}`,
    `  Ready in ${seconds(totalMs)}. Press Ctrl-C to stop.`,
    '',
  ];
  console.log(lines.join('\n'));
}

main().catch((error: unknown) => {
  console.error(`Entente stopped: ${(error as Error).message}`);
  void shutdown(1);
});
