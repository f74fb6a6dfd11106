// A SIPRI import killed with SIGKILL in the middle and run again ends with the same graph and
// the same pair-year aggregates as an import that was never interrupted: each batch is one
// transaction with its aggregates, MERGE finds what committed, and the aggregates are rebuilt
// from the transfers of each pair and year a batch touches.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../db/connect.ts';
import {
  graphCounts,
  resetDatabase,
  testConnectionEnv,
  useTestDatabase,
} from '../support/database.ts';

const cli = new URL('../../seed/import/cli.ts', import.meta.url).pathname;
const sample = new URL('../fixtures/sipri/trade-register-sample.csv', import.meta.url).pathname;
const COPIES = 100;
let db: Database;
let dir: string;
let file: string;
let records = 0;

/**
 * The fixture's one-line records, each repeated with its designation numbered (" #n"), so that
 * every copy is a transfer of its own between the same parties and years as the real row.
 */
function syntheticRegister(): string {
  const lines = readFileSync(sample, 'latin1').split('\n');
  const preamble = lines.slice(0, 12);
  const rows = lines.slice(12).filter((l) => l.split(',').length === 16);
  const out: string[] = [];
  for (let n = 1; n <= COPIES; n++) {
    for (const row of rows) {
      const f = row.split(',');
      f[6] = `${f[6]} #${n}`;
      out.push(f.join(','));
    }
  }
  records = out.length;
  return [...preamble, ...out].join('\n') + '\n';
}

function startImport() {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', cli, 'sipri', file, '--batch-size', '40', '--no-progress'],
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

async function transferCount(): Promise<number> {
  const { records: rows } = await db.driver.executeQuery(
    'MATCH (t:ArmsTransfer) RETURN count(t) AS n',
    {},
    { database: db.database },
  );
  return rows[0]!.get('n') as number;
}

async function snapshot() {
  const { records: rows } = await db.driver.executeQuery(
    `MATCH ()-[r:DYAD_TRANSFERS]->()
     RETURN count(r) AS buckets, sum(r.transfers) AS transfers, sum(r.fromLowerCode) AS fromLower,
            round(sum(r.tivDelivered), 6) AS tivDelivered, round(sum(r.tivOrdered), 6) AS tivOrdered`,
    {},
    { database: db.database },
  );
  return { counts: await graphCounts(db), aggregates: rows[0]!.toObject() };
}

beforeAll(async () => {
  db = await useTestDatabase();
  dir = mkdtempSync(path.join(os.tmpdir(), 'entente-sipri-'));
  file = path.join(dir, 'trade-register.csv');
  writeFileSync(file, syntheticRegister(), 'latin1');
});
afterAll(async () => {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

it(
  'ends, after a SIGKILL mid-import and a rerun, with the graph of an uninterrupted import',
  { timeout: 300_000 },
  async () => {
    await resetDatabase(db);
    const killed = startImport();
    let atKill = 0;
    while (atKill === 0) {
      await sleep(100);
      atKill = await transferCount();
    }
    killed.child.kill('SIGKILL');
    const first = await killed.exited;
    expect(first.signal).toBe('SIGKILL');
    expect(atKill).toBeGreaterThan(0);
    expect(await transferCount()).toBeLessThan(records);

    const rerun = await startImport().exited;
    expect(rerun.code, rerun.output).toBe(0);
    const resumed = await snapshot();

    await resetDatabase(db);
    const clean = await startImport().exited;
    expect(clean.code, clean.output).toBe(0);
    const uninterrupted = await snapshot();

    expect(resumed.counts['node:ArmsTransfer']).toBe(records);
    expect(resumed).toEqual(uninterrupted);
  },
);
