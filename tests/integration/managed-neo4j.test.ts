import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../db/config.ts';
import { createDriver } from '../../db/connect.ts';
import { ensureManagedNeo4j, type ManagedNeo4j } from '../../db/managed/managed-neo4j.ts';
import { isAlive } from '../../db/managed/server-files.ts';
import { graphCounts, resetDatabase, useTestDatabase } from '../support/database.ts';
import { testPort } from '../support/ports.ts';
import type { Database } from '../../db/connect.ts';

describe('the test database', () => {
  let db: Database;
  beforeAll(async () => {
    db = await useTestDatabase();
    await resetDatabase(db);
  });
  afterAll(() => db.close());

  it('round-trips a node through the driver', async () => {
    await db.driver.executeQuery('CREATE (:Country {id: $id, name: $name})', {
      id: 'country:JPN',
      name: 'Japan',
    });
    const { records } = await db.driver.executeQuery(
      'MATCH (c:Country {id: $id}) RETURN c.name AS name',
      {
        id: 'country:JPN',
      },
    );
    expect(records.map((r) => r.get('name'))).toEqual(['Japan']);
    expect(await graphCounts(db)).toEqual({ 'node:Country': 1 });
  });
});

/** Every file and folder under dir (the data folder: a few dozen store and log files). */
function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((entry) => path.join(dir, entry))
    .concat(dir);
}

describe('a managed Neo4j', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-managed-'));
  const options = {
    ...loadConfig().managed,
    dataDir,
    preferredPort: testPort(1000),
    heap: '512m',
    pageCacheMb: 64,
  };
  let first: ManagedNeo4j;
  afterAll(async () => {
    await first?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts on loopback with a generated password kept with the data, all owner-only', async () => {
    first = await ensureManagedNeo4j(options);
    expect(first.owned).toBe(true);
    expect(first.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    const credentials = JSON.parse(fs.readFileSync(path.join(dataDir, 'credentials.json'), 'utf8'));
    expect(credentials.password).toBe(first.credentials.password);
    expect(fs.statSync(path.join(dataDir, 'credentials.json')).mode & 0o077).toBe(0);
    const driver = createDriver(first.uri, 'neo4j', first.credentials.password);
    await expect(driver.executeQuery('RETURN 1 AS one')).resolves.toBeTruthy();
    await driver.close();
    const open = filesUnder(dataDir).filter((file) => (fs.statSync(file).mode & 0o077) !== 0);
    expect(open, 'files readable by others in the data folder').toEqual([]);
    const wrong = createDriver(first.uri, 'neo4j', 'not-the-password');
    await expect(wrong.executeQuery('RETURN 1')).rejects.toThrow(/auth/i);
    await wrong.close();
  }, 240_000); // a Neo4j start on a shared 2-core machine

  it('is reused, not started twice, by a second caller on the same data folder', async () => {
    const second = await ensureManagedNeo4j(options);
    expect(second.owned).toBe(false);
    expect(second.pid).toBe(first.pid);
    expect(second.uri).toBe(first.uri);
  });

  it('stops its java process cleanly and forgets the running server', async () => {
    const pid = first.pid;
    await first.stop();
    expect(isAlive(pid)).toBe(false);
    expect(fs.existsSync(path.join(dataDir, 'server.json'))).toBe(false);
  });
});
