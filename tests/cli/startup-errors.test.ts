// `npm start` refuses bad configuration and missing prerequisites with one readable line.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJavaMajor } from '../../db/managed/prerequisites.ts';

const root = path.resolve(import.meta.dirname, '../..');

function start(env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: os.tmpdir(), ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stderr: result.stderr.trim() };
}

describe('npm start', () => {
  it('rejects PORT=abc with one line naming the variable', () => {
    const { status, stderr } = start({ PORT: 'abc' });
    expect(status).toBe(1);
    expect(stderr).toBe(
      'Invalid configuration: PORT must be a port number from 1 to 65535 (got "abc")',
    );
  });

  it('rejects NEO4J_URI=http://x with one line saying what a Bolt URI looks like', () => {
    const { status, stderr } = start({ NEO4J_URI: 'http://x' });
    expect(status).toBe(1);
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).toMatch(
      /^Invalid configuration: NEO4J_URI must be a Bolt URI such as bolt:\/\/localhost:7687/,
    );
  });

  it('warns that HOST=0.0.0.0 makes the API reachable from the network', () => {
    // Port 1 on loopback refuses at once: the warning comes before the database is tried.
    const { status, stderr } = start({ HOST: '0.0.0.0', NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(status).toBe(1);
    expect(stderr.split('\n')[0]).toMatch(
      /^Warning: HOST=0\.0\.0\.0 makes the API and explorer reachable from the network/,
    );
  });

  it('does not warn when bound to loopback', () => {
    const { stderr } = start({ HOST: '127.0.0.1', NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(stderr).not.toMatch(/Warning/);
  });

  it('names Java and the NEO4J_URI alternative when no java can be found', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-nojava-'));
    const bin = path.join(dataDir, 'bin'); // a PATH with node and nothing else
    fs.mkdirSync(bin);
    fs.symlinkSync(process.execPath, path.join(bin, 'node'));
    const { status, stderr } = start({
      PATH: bin,
      ENTENTE_DATA_DIR: dataDir,
      ENTENTE_CACHE_DIR: path.join(dataDir, 'cache'),
    });
    fs.rmSync(dataDir, { recursive: true, force: true });
    expect(status).toBe(1);
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^Java 17 or newer is needed to run the managed Neo4j/);
    expect(stderr).toContain('NEO4J_URI');
    expect(stderr).not.toMatch(/\bat .*\.ts:\d+/); // no stack trace
  });
});

describe('parseJavaMajor', () => {
  it('reads both the modern and the 1.x version schemes', () => {
    expect(parseJavaMajor('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaMajor('java version "1.8.0_392"')).toBe(8);
    expect(parseJavaMajor('openjdk version "21" 2023-09-19')).toBe(21);
    expect(parseJavaMajor('nonsense')).toBeUndefined();
  });
});
