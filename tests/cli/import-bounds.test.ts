// Importers bounded: a line over the cap stops the import naming file and line; a UTF-8 byte
// order mark is read through; a file cut inside its last column has that row rejected; a disk
// that fills (the rejects file on /dev/full, a real ENOSPC) stops with one clear line. And the
// managed Neo4j's start on a read-only or full data folder says so in one line.
import { execFile, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { importAtop } from '../../seed/import/atop/import-atop.ts';
import { importGdelt } from '../../seed/import/gdelt/import-gdelt.ts';
import { ImportReport } from '../../seed/import/report.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'seed/import/cli.ts');
const fixture = (name: string) => path.join(root, 'tests/fixtures', name);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-bounds-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** The GDELT 1.0 sample's rows (tests/fixtures/gdelt/gdelt-1-sample.tsv). */
const SAMPLE = fs.readFileSync(fixture('gdelt/gdelt-1-sample.tsv'));

function write(name: string, content: string | Buffer): string {
  const file = path.join(work, name);
  fs.writeFileSync(file, content);
  return file;
}

async function importCli(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', cli, ...args], {
      env: { ...process.env, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function dryRunGdelt(file: string) {
  const report = new ImportReport('GDELT', true);
  await importGdelt({
    inputs: [file],
    filter: { cameoRoots: undefined, statesOnly: false },
    batchSize: 4,
    db: undefined,
    report,
    progress: { enabled: false },
  });
  return report.summary();
}

describe('line-oriented imports', { timeout: 60_000 }, () => {
  it('stop at a line over the cap with file:line in one line (exit 2)', async () => {
    const file = write('long-line.tsv', Buffer.concat([SAMPLE, Buffer.alloc(5000, 0x78)]));
    const { code, stderr } = await importCli(['gdelt', file, '--dry-run', '--no-progress'], {
      ENTENTE_MAX_LINE_BYTES: '4096',
    });
    expect(code).toBe(2);
    expect(stderr.trim()).toBe(
      `error: ${file}:17: the line is longer than 4096 bytes (ENTENTE_MAX_LINE_BYTES): not a GDELT rows file?`,
    );
  });

  it('read a file that starts with a UTF-8 byte order mark like one without', async () => {
    const file = write('bom.tsv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), SAMPLE]));
    expect(await dryRunGdelt(file)).toMatchObject({ read: 16, imported: 16, rejectedTotal: 0 });
  });

  it('reject the last row of a file cut inside its last column', async () => {
    const cut = SAMPLE.subarray(0, SAMPLE.length - 10); // inside the last row's SOURCEURL
    const file = write('cut.tsv', cut);
    const summary = await dryRunGdelt(file);
    expect(summary).toMatchObject({ read: 16, imported: 15, rejectedTotal: 1 });
    expect(summary.rejected.truncated?.examples[0]).toMatchObject({ file, line: 16 });
  });

  it('stop with one line when the rejects file’s disk is full (exit 2)', async () => {
    const { code, stderr } = await importCli([
      'gdelt',
      fixture('gdelt/malformed.tsv'),
      '--dry-run',
      '--no-progress',
      '--rejects',
      '/dev/full',
    ]);
    expect(code).toBe(2);
    expect(stderr.trim()).toMatch(
      /^error: the disk holding \/dev\/full is full \(No space left on device\): the import stopped/,
    );
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('ATOP', () => {
  it('rejects the last row of a members file cut inside its last column', async () => {
    const members = fs.readFileSync(fixture('atop/members.csv'), 'utf8');
    const file = write('members-cut.csv', members.slice(0, members.trimEnd().length - 1));
    const lastLine = members.trimEnd().split('\n').length;
    const report = new ImportReport('ATOP', true);
    await importAtop({
      alliancesFile: fixture('atop/alliances.csv'),
      membersFile: file,
      batchSize: 10,
      db: undefined,
      report,
    });
    const summary = report.summary();
    expect(summary.rejected.truncated?.examples).toEqual([
      expect.objectContaining({ file, line: lastLine }),
    ]);
  });
});

// Needs mount(8): as root (this sandbox, CI containers) a tmpfs makes a real read-only or full
// file system; as another user a chmod 555 folder stands in for read-only.
const asRoot = process.getuid?.() === 0;

function startWithDataDir(dataDir: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: os.tmpdir(), ENTENTE_DATA_DIR: dataDir },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stderr: result.stderr.trim() };
}

function mountTmpfs(dir: string, options: string): void {
  fs.mkdirSync(dir, { recursive: true });
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir]);
  if (mounted.status !== 0) throw new Error(`mount failed: ${mounted.stderr}`);
}

describe('npm start on a bad data folder', { timeout: 60_000 }, () => {
  it('says in one line that the data folder is read-only', () => {
    const dir = path.join(work, 'read-only');
    if (asRoot) mountTmpfs(dir, 'ro,size=1m');
    else fs.mkdirSync(dir, { mode: 0o555 });
    try {
      const { status, stderr } = startWithDataDir(path.join(dir, 'neo4j'));
      expect(status).toBe(1);
      expect(stderr.split('\n')).toHaveLength(1);
      expect(stderr).toMatch(
        asRoot
          ? /^The data folder .*read-only\/neo4j is on a read-only file system: .*ENTENTE_DATA_DIR/
          : /^The data folder .*read-only\/neo4j is not writable by this user: .*ENTENTE_DATA_DIR/,
      );
    } finally {
      if (asRoot) spawnSync('umount', [dir]);
    }
  });

  it.runIf(asRoot)('says in one line that the disk holding the data folder is full', () => {
    const dir = path.join(work, 'full');
    mountTmpfs(dir, 'size=512k');
    try {
      fs.writeFileSync(path.join(dir, 'filler'), Buffer.alloc(400 * 1024));
      const { status, stderr } = startWithDataDir(dir);
      expect(status).toBe(1);
      expect(stderr.split('\n')).toHaveLength(1);
      expect(stderr).toMatch(
        /^The disk holding the data folder .*full is full: .*ENTENTE_DATA_DIR/,
      );
    } finally {
      spawnSync('umount', [dir]);
    }
  });
});
