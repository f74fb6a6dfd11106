// `npm run import -- gdelt --since/--last` without a database (--dry-run) against a local
// stand-in for GDELT's server: what is fetched and cached, how each fault is reported and
// counted, and the exit codes.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  exportZip,
  faultyFeed,
  FIXTURE_STAMPS,
  startGdeltServer,
  type GdeltServer,
} from '../support/gdelt-server.ts';

const cli = new URL('../../seed/import/cli.ts', import.meta.url).pathname;

let server: GdeltServer;
let cacheDir: string;

function importCli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', cli, 'gdelt', ...args],
      { env: { ...process.env, ENTENTE_GDELT_BASE_URL: server.baseUrl } },
      (error, stdout, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** A dry run of 28 July 2016 from the local server, into this test's cache, summary as JSON. */
async function fetchDay(...extra: string[]) {
  const run = await importCli(
    '--since',
    '2016-07-28',
    '--until',
    '2016-07-28',
    '--dry-run',
    '--json',
    '--no-progress',
    '--cameo-roots',
    'all',
    '--cache-dir',
    cacheDir,
    '--timeout',
    '3',
    '--retries',
    '1',
    ...extra,
  );
  return { ...run, summary: run.stdout ? JSON.parse(run.stdout) : undefined };
}

beforeAll(async () => {
  server = await startGdeltServer();
});
afterAll(() => server.close());
beforeEach(() => {
  cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-gdelt-cache-'));
  server.requests.clear();
  return () => fs.rmSync(cacheDir, { recursive: true, force: true });
});

describe('GDELT 2.0 by date range (no database)', () => {
  it('fetches the day’s exports, checks and caches them, and reports every fault', async () => {
    const { exports, extraLines } = faultyFeed();
    server.publish(exports, extraLines);
    const { code, summary } = await fetchDay();
    expect(code).toBe(3);
    // 8 good exports of 5 real rows each; the faulty ones give no rows.
    expect(summary).toMatchObject({ read: 40, imported: 40, rejectedTotal: 0 });
    const fetch = summary.sections.fetch;
    expect(fetch).toMatchObject({
      exportsInRange: 13,
      exportsImported: 8,
      downloaded: 8,
      cached: 0,
      exportsFailed: 6, // 5 exports and the broken list line that names one of the day
      markAfter: null, // a dry run records nothing
    });
    const counts = Object.fromEntries(
      Object.entries(fetch.faults as Record<string, { count: number }>).map(([k, v]) => [
        k,
        v.count,
      ]),
    );
    expect(counts).toEqual({
      'master list line': 2,
      'wrong MD5': 1,
      'wrong size': 1,
      'truncated zip': 1,
      'not found (404)': 1,
      timeout: 1,
    });
    const examples = (reason: string) => fetch.faults[reason].examples.join('\n');
    expect(examples('wrong MD5')).toContain('20160728020000.export.CSV.zip: MD5 ');
    expect(examples('wrong size')).toMatch(
      /20160728021500\.export\.CSV\.zip: \d+ bytes received, the master list gives \d+ \(after 2 attempts\)/,
    );
    expect(examples('truncated zip')).toContain('20160728023000.export.CSV.zip');
    expect(examples('not found (404)')).toContain('20160728024500.export.CSV.zip');
    expect(examples('timeout')).toContain('20160728030000.export.CSV.zip: no data for 3 s from');
    expect(examples('master list line')).toContain('masterfilelist.txt:40: expected');
    expect(examples('master list line')).toContain('masterfilelist.txt:41: MD5 "xyz"');
    // Only checked downloads are in the cache, under their own names; no temporary file is left.
    expect(fs.readdirSync(cacheDir).sort()).toEqual(
      [...FIXTURE_STAMPS.slice(0, 8), FIXTURE_STAMPS[10]].map((s) => `${s}.export.CSV.zip`),
    );
    // Downloads go to the configured base URL, never to GDELT's own host named in the list.
    expect(server.requests.get('/20160728000000.export.CSV.zip')).toBe(1);
  });

  it('prints each fault with the export it concerns and exits 3', async () => {
    const { exports, extraLines } = faultyFeed();
    server.publish(exports, extraLines);
    const { code, stdout } = await importCli(
      '--since',
      '2016-07-28',
      '--until',
      '2016-07-28',
      '--dry-run',
      '--no-progress',
      '--cache-dir',
      cacheDir,
      '--timeout',
      '3',
      '--retries',
      '0',
    );
    expect(code).toBe(3);
    expect(stdout).toContain('fetch     13 exports from 20160728000000 to before 20160729000000');
    expect(stdout).toContain('imported 8 (0 from the cache, 8 downloaded');
    expect(stdout).toMatch(
      /wrong MD5: 1\n\s+20160728020000\.export\.CSV\.zip: MD5 [0-9a-f]{32}, the master list gives/,
    );
    expect(stdout).toContain('6 exports failed: exit code 3');
  });

  it('a rerun reads the cache, and an interrupted or damaged download is fetched again', async () => {
    server.publish(FIXTURE_STAMPS.slice(0, 3).map((stamp) => ({ stamp, behaviour: 'ok' })));
    expect((await fetchDay()).code).toBe(0);
    // A download killed half-way leaves only its temporary file; a damaged cache entry fails its MD5.
    const [first, second] = FIXTURE_STAMPS.map((s) => path.join(cacheDir, `${s}.export.CSV.zip`));
    fs.renameSync(first!, `${first}.4242-0badc0de.part`);
    fs.writeFileSync(second!, exportZip(FIXTURE_STAMPS[1]!).subarray(0, 100));
    server.requests.clear();
    const { code, summary } = await fetchDay();
    expect(code).toBe(0);
    expect(summary.sections.fetch).toMatchObject({ exportsImported: 3, cached: 1, downloaded: 2 });
    expect(summary.imported).toBe(15);
    expect(server.requests.get(`/${FIXTURE_STAMPS[2]}.export.CSV.zip`)).toBeUndefined();
  });

  it('--last takes the exports of the last hours by their timestamps', async () => {
    const stamp = (ago: number) =>
      new Date(Date.now() - ago).toISOString().replace(/[-:T]/g, '').slice(0, 12) + '00';
    server.publish([
      { stamp: stamp(30 * 60_000), behaviour: 'ok', rowsOf: FIXTURE_STAMPS[0] },
      { stamp: stamp(3 * 3_600_000), behaviour: 'ok', rowsOf: FIXTURE_STAMPS[1] },
    ]);
    const { code, stdout } = await importCli(
      '--last',
      '2h',
      '--dry-run',
      '--json',
      '--no-progress',
      '--cameo-roots',
      'all',
      '--cache-dir',
      cacheDir,
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      read: 5,
      sections: { fetch: { exportsInRange: 1 } },
    });
  });

  it('exits 2 with one line for a date that does not exist', async () => {
    const bad = await importCli('--since', '2024-02-30', '--dry-run');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--since "2024-02-30": expected a UTC date or time');
  });

  it('exits 2 when given files and a range at once', async () => {
    const both = await importCli('x.csv', '--last', '24h', '--dry-run');
    expect(both).toMatchObject({ code: 2 });
    expect(both.stderr).toContain('not both');
  });

  it('exits 2 for --update without a database', async () => {
    const update = await importCli('--update', '--dry-run', '--cache-dir', cacheDir);
    expect(update.code).toBe(2);
    expect(update.stderr).toContain('--update reads the import mark from the database');
  });

  it('exits 2 when the master list cannot be reached', async () => {
    // A port nobody listens on: one just released.
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const unreachable = await importCli(
      '--last',
      '1h',
      '--dry-run',
      '--cache-dir',
      cacheDir,
      '--base-url',
      `http://127.0.0.1:${port}/gdeltv2/`,
    );
    expect(unreachable.code).toBe(2);
    expect(unreachable.stderr).toContain(
      `error: master list: ECONNREFUSED from http://127.0.0.1:${port}/gdeltv2/masterfilelist.txt`,
    );
  });
});
