// A GDELT import killed with SIGKILL in the middle and run again ends with the same graph as an
// import that was never interrupted: each batch is one transaction, MERGE finds what committed,
// and the dyad aggregates count only events created by their own transaction.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../db/connect.ts';
import { syntheticGdelt2Row } from '../../seed/import/gdelt/synthetic-rows.ts';
import {
  graphCounts,
  resetDatabase,
  testConnectionEnv,
  useTestDatabase,
} from '../support/database.ts';

const ROWS = 6_000;
const cli = new URL('../../seed/import/cli.ts', import.meta.url).pathname;
let db: Database;
let dir: string;
let file: string;

function startImport() {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      cli,
      'gdelt',
      file,
      '--cameo-roots',
      'all',
      '--batch-size',
      '150',
      '--no-progress',
    ],
    { env: { ...process.env, ...testConnectionEnv() }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise<{ code: number | null; signal: string | null; output: string }>(
    (resolve) => child.once('exit', (code, signal) => resolve({ code, signal, output })),
  );
  return { child, exited };
}

async function eventCount(): Promise<number> {
  const { records } = await db.driver.executeQuery(
    'MATCH (e:Event) RETURN count(e) AS n',
    {},
    { database: db.database },
  );
  return records[0]!.get('n') as number;
}

async function snapshot() {
  const { records } = await db.driver.executeQuery(
    `MATCH ()-[r:DYAD_MONTH]->()
     RETURN count(r) AS dyadMonths, sum(r.events) AS events, round(sum(r.goldsteinSum), 6) AS goldstein,
            sum(r.meetings) AS meetings, sum(r.exercises) AS exercises, sum(r.incidents) AS incidents,
            sum(r.statements) AS statements, sum(r.cooperations) AS cooperations`,
    {},
    { database: db.database },
  );
  return { counts: await graphCounts(db), dyads: records[0]!.toObject() };
}

beforeAll(async () => {
  db = await useTestDatabase();
  dir = mkdtempSync(path.join(os.tmpdir(), 'entente-gdelt-'));
  file = path.join(dir, 'synthetic.export.CSV');
  writeFileSync(
    file,
    Array.from({ length: ROWS }, (_, i) => syntheticGdelt2Row(i)).join('\n') + '\n',
  );
});
afterAll(async () => {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

it(
  'ends, after a SIGKILL mid-import and a rerun, with the counts of an uninterrupted import',
  { timeout: 300_000 },
  async () => {
    await resetDatabase(db);
    const killed = startImport();
    let atKill = 0;
    while (atKill === 0) {
      await sleep(100);
      atKill = await eventCount();
    }
    killed.child.kill('SIGKILL');
    const first = await killed.exited;
    expect(first.signal).toBe('SIGKILL');
    // The kill landed mid-import: some batches committed, not all.
    expect(atKill).toBeGreaterThan(0);
    expect(await eventCount()).toBeLessThan(ROWS);

    const rerun = await startImport().exited;
    expect(rerun.code, rerun.output).toBe(0);
    const resumed = await snapshot();

    await resetDatabase(db);
    const clean = await startImport().exited;
    expect(clean.code, clean.output).toBe(0);
    const uninterrupted = await snapshot();

    expect(resumed.counts['node:Event']).toBe(ROWS);
    expect(resumed).toEqual(uninterrupted);
  },
);
