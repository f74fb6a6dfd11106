// `npm run extract` as a user runs it (spawned): the JSON contract on stdout, and bad input
// refused with one line on stderr naming the file and the problem, a documented exit code and
// no stack trace.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { extractionSchema } from '../../extract/candidate.ts';

const run = promisify(execFile);
const cli = new URL('../../extract/cli.ts', import.meta.url).pathname;
const fixture = new URL(
  '../fixtures/texts/04-dod-mattis-fallon-united-kingdom-london.txt',
  import.meta.url,
).pathname;
const dir = mkdtempSync(join(tmpdir(), 'entente-extract-'));
// Spawned processes compile TypeScript on start; under load that takes a while.
const SLOW = 60_000;

async function extractCli(args: string[], input?: string) {
  const child = run(process.execPath, ['--import', 'tsx', cli, ...args], {
    maxBuffer: 64 * 1024 * 1024,
  });
  if (input !== undefined) {
    child.child.stdin?.end(input);
  }
  try {
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function expectRefusal(
  result: { code: number; stdout: string; stderr: string },
  code: number,
  words: RegExp,
) {
  expect(result.code).toBe(code);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(words);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+\)?$/m);
}

describe('extract CLI', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints exactly one JSON object with --json, quotes verbatim', { timeout: SLOW }, async () => {
    const { code, stdout } = await extractCli([fixture, '--json', '--published', '2017-05-11']);
    expect(code).toBe(0);
    const result = extractionSchema.parse(JSON.parse(stdout));
    expect(result.document.publishedAt).toBe('2017-05-11');
    expect(result.candidates.some((c) => c.kind === 'event' && c.date === '2017-05-10')).toBe(true);
  });

  it(
    'reads standard input for "-" and prints a table without --json',
    { timeout: SLOW },
    async () => {
      const { code, stdout } = await extractCli(
        ['-'],
        'Japanese Defense Minister Yasukazu Hamada met Indian Defence Minister Rajnath Singh in Tokyo.',
      );
      expect(code).toBe(0);
      expect(stdout).toMatch(/MEETING · JPN-IND · undated · Tokyo/);
    },
  );

  it('refuses an empty file (exit 4)', { timeout: SLOW }, async () => {
    const path = file('empty.txt', '');
    expectRefusal(await extractCli([path]), 4, new RegExp(`${path}: is empty`));
  });

  it('refuses a binary file (exit 4)', { timeout: SLOW }, async () => {
    const path = file(
      'image.png',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    );
    expectRefusal(await extractCli([path]), 4, new RegExp(`${path}: looks like binary data`));
  });

  it('refuses invalid UTF-8, naming the byte (exit 4)', { timeout: SLOW }, async () => {
    const path = file('latin1.txt', Buffer.from('Minister Bl\xe9aszczak met Austin.', 'latin1'));
    expectRefusal(
      await extractCli([path]),
      4,
      new RegExp(`${path}: is not valid UTF-8 \\(byte 0xe9 at offset 11\\)`),
    );
  });

  it('refuses 5 MB of text as more than one document (exit 4)', { timeout: SLOW }, async () => {
    const path = file('huge.txt', 'The ministers met in London. '.repeat(180_000));
    expectRefusal(
      await extractCli([path]),
      4,
      new RegExp(`${path}: 5\\.0 MB is more than one document`),
    );
  });

  it(
    'refuses a missing file (exit 3) and a bad --published (exit 2)',
    { timeout: SLOW },
    async () => {
      expectRefusal(await extractCli([join(dir, 'nope.txt')]), 3, /nope\.txt: no such file/);
      const bad = await extractCli([fixture, '--published', '2017-02-30']);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(/--published.*must be a date like 2017-10-24/);
    },
  );
});
