// The managed Neo4j's data folder must be writable with some room to spare; checked before
// anything else is written there, so that a read-only or full disk is one line that says so
// (not an ENOENT from the credentials file or thirty lines of Java stack from the store).
import fs from 'node:fs';
import path from 'node:path';

export class DataFolderError extends Error {
  override name = 'DataFolderError';
}

/** Bytes written as a probe: a full disk refuses them, a nearly full one may still not. */
const PROBE_BYTES = 1 << 20;

/** Why a folder cannot be written, as the start of a sentence; undefined for other errors. */
export function describeDiskError(error: unknown, dir: string): string | undefined {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EROFS') return `The data folder ${dir} is on a read-only file system`;
  if (code === 'EACCES' || code === 'EPERM')
    return `The data folder ${dir} is not writable by this user`;
  if (code === 'ENOSPC' || code === 'EDQUOT')
    return `The disk holding the data folder ${dir} is full`;
  return undefined;
}

export function checkDataFolder(dataDir: string): void {
  const probe = path.join(dataDir, `.write-check-${process.pid}`);
  try {
    makeFolder(dataDir);
    fs.writeFileSync(probe, Buffer.alloc(PROBE_BYTES), { mode: 0o600 });
  } catch (error) {
    const why = describeDiskError(error, dataDir);
    if (!why) throw error;
    throw new DataFolderError(
      `${why}: the managed Neo4j cannot keep its data there. Set ENTENTE_DATA_DIR to a writable folder with free space, or NEO4J_URI to another Neo4j.`,
    );
  } finally {
    fs.rmSync(probe, { force: true });
  }
}

/**
 * mkdir -p, one level at a time: Node's recursive mkdir reports ENOENT, not EROFS, for a
 * folder it cannot create on a read-only file system.
 */
function makeFolder(dir: string): void {
  if (fs.existsSync(dir)) return;
  makeFolder(path.dirname(dir));
  fs.mkdirSync(dir, { mode: 0o700 });
}
