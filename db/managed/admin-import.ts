// Neo4j's own bulk loader, `neo4j-admin database import full`, run on the managed Neo4j's store
// (<data folder>/db/data/databases/neo4j). The Maven distribution has no bin/neo4j-admin script,
// but it has the tool's classes (neo4j-import-tool, neo4j-command-line): the script only starts
// org.neo4j.cli.AdminTool with NEO4J_HOME set, and so does this. The database must be stopped:
// the caller holds the start lock (server-files.ts) so that no command starts it meanwhile.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureDistribution } from './distribution.ts';
import { findJava } from './prerequisites.ts';

export interface AdminImportOptions {
  dataDir: string;
  cacheDir: string;
  /** JVM heap of the import tool, e.g. '2g'. */
  heap: string;
  log: (line: string) => void;
}

/** The managed Neo4j's home (Launcher.java's first argument). */
export const managedHome = (dataDir: string) => path.join(dataDir, 'db');

/** Whether the default database has a store yet (a first start creates it). */
export function managedStoreExists(dataDir: string): boolean {
  return fs.existsSync(path.join(managedHome(dataDir), 'data', 'databases', 'neo4j'));
}

export class AdminImportError extends Error {
  override name = 'AdminImportError';
}

/**
 * Runs `database import full neo4j --overwrite-destination <args>`; resolves with the tool's
 * output, rejects with its last lines when it fails (a bad row, a missing node, a full disk).
 */
export async function adminImportFull(
  options: AdminImportOptions,
  args: readonly string[],
): Promise<string> {
  const java = findJava();
  const { classpath } = ensureDistribution(options.cacheDir, java, options.log);
  const home = managedHome(options.dataDir);
  fs.mkdirSync(home, { recursive: true });
  const child = spawn(
    java,
    [
      `-Xmx${options.heap}`,
      '-XX:+UseG1GC',
      '-Dfile.encoding=UTF-8',
      '--add-opens=java.base/java.nio=ALL-UNNAMED',
      '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
      '-cp',
      classpath,
      'org.neo4j.cli.AdminTool',
      'database',
      'import',
      'full',
      'neo4j',
      '--overwrite-destination=true',
      ...args,
    ],
    { cwd: home, env: { ...process.env, NEO4J_HOME: home }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (data: Buffer) => (output += data.toString()));
  child.stderr.on('data', (data: Buffer) => (output += data.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0) {
    const tail = output.trim().split('\n').slice(-15).join('\n');
    throw new AdminImportError(`neo4j-admin database import failed (exit ${code}):\n${tail}`);
  }
  return output;
}
