// The files the managed Neo4j keeps beside its data: the generated credentials, the record of the
// running server (so every command reuses it instead of starting a second one), and the start
// lock (so two commands starting at once never start two servers on one data folder).
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface Credentials {
  username: string;
  password: string;
}

/** What a running managed Neo4j advertises to other commands. */
export interface RunningServer {
  /** The java process. */
  pid: number;
  /** The Node process that started it and will stop it. */
  ownerPid: number;
  port: number;
  startedAt: string;
}

export const credentialsFile = (dataDir: string) => path.join(dataDir, 'credentials.json');
export const serverFile = (dataDir: string) => path.join(dataDir, 'server.json');
const startLockFile = (dataDir: string) => path.join(dataDir, 'start.lock');

/**
 * Reads the password kept with the data, generating one on first use. It is readable by the
 * owner only; Neo4j listens on loopback only, so this guards against other local users.
 */
export function loadOrCreateCredentials(dataDir: string): Credentials {
  const file = credentialsFile(dataDir);
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as Credentials;
  const credentials = { username: 'neo4j', password: randomBytes(18).toString('base64url') };
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  fs.writeFileSync(file, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  return credentials;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The server recorded for this data folder, if its processes are still alive. */
export function readRunningServer(dataDir: string): RunningServer | undefined {
  const file = serverFile(dataDir);
  let server: RunningServer;
  try {
    server = JSON.parse(fs.readFileSync(file, 'utf8')) as RunningServer;
  } catch {
    return undefined;
  }
  // A server whose owner is gone keeps running while another command uses it (Launcher.java);
  // without one it is shutting down, and not to be reused.
  if (isAlive(server.pid) && (isAlive(server.ownerPid) || liveUsers(dataDir).length > 0))
    return server;
  if (!isAlive(server.pid)) fs.rmSync(file, { force: true }); // its process died uncleanly
  return undefined;
}

const usersDir = (dataDir: string) => path.join(dataDir, 'users');

/**
 * Records that this process uses the data folder's server: the launcher stays up, whoever
 * started it, while a file users/<pid> names a live process.
 */
export function addUser(dataDir: string): void {
  fs.mkdirSync(usersDir(dataDir), { recursive: true, mode: 0o700 });
  fs.writeFileSync(path.join(usersDir(dataDir), String(process.pid)), '', { mode: 0o600 });
}

export function removeUser(dataDir: string): void {
  fs.rmSync(path.join(usersDir(dataDir), String(process.pid)), { force: true });
}

/** The live processes other than this one that use the server. */
export function otherUsers(dataDir: string): number[] {
  return liveUsers(dataDir).filter((pid) => pid !== process.pid);
}

/** The live processes that use the server (this one included); forgets dead ones. */
export function liveUsers(dataDir: string): number[] {
  let names: string[];
  try {
    names = fs.readdirSync(usersDir(dataDir));
  } catch {
    return [];
  }
  const live: number[] = [];
  for (const name of names) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    if (isAlive(pid)) live.push(pid);
    else fs.rmSync(path.join(usersDir(dataDir), name), { force: true });
  }
  return live;
}

export function writeRunningServer(dataDir: string, server: RunningServer): void {
  const file = serverFile(dataDir);
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(server, null, 2), { mode: 0o600 });
  fs.renameSync(`${file}.tmp`, file);
}

export function removeRunningServer(dataDir: string, pid: number): void {
  const current = readRunningServer(dataDir);
  if (!current || current.pid === pid) fs.rmSync(serverFile(dataDir), { force: true });
}

/**
 * Takes the start lock: an exclusively created file holding our pid. A lock whose holder died
 * is taken over. Returns false when a live process holds it.
 */
export function tryLockStart(dataDir: string): boolean {
  const file = startLockFile(dataDir);
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  try {
    fs.writeFileSync(file, String(process.pid), { flag: 'wx', mode: 0o600 });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const holder = Number(fs.readFileSync(file, 'utf8'));
    if (Number.isInteger(holder) && holder > 0 && isAlive(holder)) return false;
    fs.rmSync(file, { force: true });
    return tryLockStart(dataDir);
  }
}

export function unlockStart(dataDir: string): void {
  fs.rmSync(startLockFile(dataDir), { force: true });
}

/**
 * Makes the data folder the owner's alone: credentials, the running server's port, Neo4j's logs
 * (queries and their parameters) and the password hash. Folders created before this rule (644
 * files, 755 folders) are tightened too; new files get umask 077 (see the launcher's spawn).
 */
export function restrictToOwner(dir: string): void {
  const stat = fs.lstatSync(dir);
  if (stat.isSymbolicLink()) return;
  fs.chmodSync(dir, stat.mode & 0o700);
  if (!stat.isDirectory()) return;
  for (const entry of fs.readdirSync(dir)) restrictToOwner(path.join(dir, entry));
}
