// The import command without a database (--dry-run): what it reports and how it exits.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { importGdelt } from '../../seed/import/gdelt/import-gdelt.ts';
import { ImportReport } from '../../seed/import/report.ts';

const run = promisify(execFile);
const fixture = (name: string) => new URL(`../fixtures/gdelt/${name}`, import.meta.url).pathname;
const cli = new URL('../../seed/import/cli.ts', import.meta.url).pathname;

async function importCli(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', cli, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function dryRun(inputs: string[], statesOnly = false) {
  const report = new ImportReport('GDELT', true);
  await importGdelt({
    inputs,
    filter: { cameoRoots: undefined, statesOnly },
    batchSize: 4,
    db: undefined,
    report,
    progress: { enabled: false },
  });
  return report.summary();
}

describe('GDELT dry run', () => {
  it('accounts for every row of a malformed file: imported or rejected with its reason and line', async () => {
    const s = await dryRun([fixture('malformed.tsv')]);
    expect(s.read).toBe(8);
    expect(s.imported + s.rejectedTotal).toBe(8);
    expect(s.imported).toBe(2);
    const lines = Object.fromEntries(
      Object.entries(s.rejected).map(([reason, r]) => [reason, r.examples.map((e) => e.line)]),
    );
    expect(lines).toEqual({
      'wrong column count': [2],
      'bad date': [3],
      'unknown country code': [4],
      'invalid UTF-8': [5],
      'bad number': [6],
      'bad CAMEO code': [7],
    });
  });

  it('reads plain and zipped exports of GDELT 1.0 and 2.0 alike', async () => {
    const plain = await dryRun([fixture('gdelt-1-sample.tsv')]);
    const zipped = await dryRun([fixture('gdelt-1-sample.zip')]);
    const v2 = await dryRun([fixture('gdelt-2-rows.tsv')]);
    expect(plain).toMatchObject({ read: 16, imported: 16, rejectedTotal: 0 });
    expect(zipped).toMatchObject({ read: 16, imported: 16, rejectedTotal: 0 });
    expect(v2).toMatchObject({ read: 3, imported: 3, rejectedTotal: 0 });
  });

  it('rejects an empty file as a whole', async () => {
    const s = await dryRun([fixture('empty.tsv')]);
    expect(s.rejected['empty file']?.examples[0]).toMatchObject({
      file: fixture('empty.tsv'),
      line: 0,
    });
  });

  it('refuses a truncated zip before reading anything', async () => {
    await expect(dryRun([fixture('gdelt-1-sample.tsv'), fixture('truncated.zip')])).rejects.toThrow(
      /truncated\.zip: not a complete zip archive/,
    );
  });
});

// Each case starts a Node process with tsx: seconds on a busy machine, so a longer timeout.
describe('npm run import', { timeout: 30_000 }, () => {
  it('exits 1 when rows were rejected, and prints the first rejections with file and line', async () => {
    const { code, stdout } = await importCli(
      'gdelt',
      fixture('malformed.tsv'),
      '--dry-run',
      '--no-progress',
    );
    expect(code).toBe(1);
    expect(stdout).toContain(`${fixture('malformed.tsv')}:3 SQLDATE: bad date: "20151332"`);
  });

  it('exits 0 with --allow-rejects and reports as JSON with --json', async () => {
    const { code, stdout } = await importCli(
      'gdelt',
      fixture('malformed.tsv'),
      '--dry-run',
      '--allow-rejects',
      '--json',
      '--cameo-roots',
      'all',
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ read: 8, imported: 2, rejectedTotal: 6 });
  });

  it('exits 2 with a one-line message for a truncated zip', async () => {
    const { code, stderr } = await importCli('gdelt', fixture('truncated.zip'), '--dry-run');
    expect(code).toBe(2);
    expect(stderr.trim()).toMatch(
      /^error: .*truncated\.zip: not a complete zip archive \(truncated or corrupt\)/,
    );
  });

  it('refuses a CAMEO root outside 01-20', async () => {
    const { code, stderr } = await importCli(
      'gdelt',
      fixture('gdelt-1-sample.tsv'),
      '--dry-run',
      '--cameo-roots',
      '04,99',
    );
    expect(code).not.toBe(0);
    expect(stderr).toContain('"99" is not a CAMEO root code');
  });
});
