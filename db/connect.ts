// The one way in to the database for every command (start, seed, importers, tests): the Neo4j
// named by NEO4J_URI when set; else the managed Neo4j already running for this data folder;
// else a managed Neo4j started now (and stopped by close()).
import neo4j, { type Driver } from 'neo4j-driver';
import { loadConfig, type Config } from './config.ts';
import { onShutdown } from './shutdown.ts';
import { ensureManagedNeo4j, type ManagedNeo4j } from './managed/managed-neo4j.ts';
import { superviseManagedNeo4j, type SupervisedState } from './managed/supervisor.ts';

export interface Database {
  driver: Driver;
  /** The database name for sessions; undefined means the server's default database. */
  database: string | undefined;
  uri: string;
  username: string;
  /** Present when Entente manages this Neo4j itself. */
  managed?: ManagedNeo4j;
  /** 'restarting' while a supervised managed Neo4j is being started again (see `supervise`). */
  state?: () => SupervisedState;
  close(): Promise<void>;
}

export interface OpenOptions {
  config?: Config;
  log?: (line: string) => void;
  /**
   * Restart the managed Neo4j when it dies unexpectedly (a long-running command: the API);
   * default false (an import fails instead, and its rerun completes the load).
   */
  supervise?: boolean;
}

/**
 * Driver settings that bound every wait, so that a request made while Neo4j is down fails in
 * seconds (the API turns it into DATABASE_UNAVAILABLE) instead of hanging, and the pool simply
 * reconnects once Neo4j is back.
 */
export function createDriver(uri: string, username: string, password: string): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(username, password), {
    disableLosslessIntegers: true,
    connectionTimeout: 3_000,
    connectionAcquisitionTimeout: 5_000,
    maxTransactionRetryTime: 2_000,
    maxConnectionPoolSize: 50,
    userAgent: 'entente',
  });
}

export async function openDatabase(options: OpenOptions = {}): Promise<Database> {
  const config = options.config ?? loadConfig();
  const log = options.log ?? ((line: string) => console.error(line));
  if (config.neo4j.uri) {
    const { uri, username, password, database } = config.neo4j;
    const driver = createDriver(uri, username, password ?? '');
    return { driver, database, uri, username, close: () => driver.close() };
  }
  let managed = await ensureManagedNeo4j({ ...config.managed, log });
  const driverFor = (server: ManagedNeo4j) =>
    createDriver(server.uri, server.credentials.username, server.credentials.password);
  let driver = driverFor(managed);
  // A restart on another port (its own was taken meanwhile) gets a driver of its own; every
  // caller reads db.driver when it asks, so the next request uses the new one.
  const onMoved = (server: ManagedNeo4j) => {
    const old = driver;
    managed = server;
    driver = driverFor(server);
    void old.close();
  };
  const supervisor = options.supervise
    ? superviseManagedNeo4j(managed, { ...config.managed, log, onMoved })
    : undefined;
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    removeHook();
    await driver.close();
    await (supervisor ? supervisor.stop() : managed.stop());
  };
  // A Ctrl-C in any command that started Neo4j stops it before the process exits.
  const removeHook = onShutdown(close);
  return {
    get driver() {
      return driver;
    },
    database: undefined,
    get uri() {
      return managed.uri;
    },
    username: managed.credentials.username,
    get managed() {
      return managed;
    },
    state: supervisor?.state,
    close,
  };
}
