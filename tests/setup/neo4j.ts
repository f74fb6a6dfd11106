// Global setup of the `db` test project: one real Neo4j for the whole run. NEO4J_URI (with
// NEO4J_USERNAME / NEO4J_PASSWORD) names an existing server; otherwise a managed Neo4j starts
// on a throw-away data folder and free port, so a test run never touches a user's data.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../db/config.ts';
import { ensureManagedNeo4j } from '../../db/managed/managed-neo4j.ts';
import type { TestConnection } from '../support/database.ts';
import { testPort } from '../support/ports.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestConnection;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = loadConfig();
  if (config.neo4j.uri) {
    project.provide('neo4j', {
      uri: config.neo4j.uri,
      username: config.neo4j.username,
      password: config.neo4j.password ?? '',
      database: config.neo4j.database ?? null,
    });
    return async () => {};
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-test-'));
  const managed = await ensureManagedNeo4j({
    ...config.managed,
    dataDir,
    preferredPort: testPort(0),
    heap: '1g',
    pageCacheMb: 512,
    log: (line) => console.log(line),
  });
  project.provide('neo4j', {
    uri: managed.uri,
    username: managed.credentials.username,
    password: managed.credentials.password,
    database: null,
  });
  return async () => {
    await managed.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
