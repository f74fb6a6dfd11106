// The local cache of GDELT exports (`<ENTENTE_CACHE_DIR>/gdelt-2/` by default): an export is
// downloaded once, checked against the master list's size and MD5, and kept under its own name.
// A download is written to a temporary name in the same folder and renamed into place only
// once both checks pass (a rename within a folder is atomic), so an interrupted or failed
// download never counts as cached, and a rerun starts that export again. A cached file is
// checked again before use (MD5 of a few hundred KB costs a millisecond) and fetched anew when
// it no longer matches.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { FetchFault } from './fetch-fault.ts';
import { httpGet } from './http-get.ts';
import type { ExportEntry } from './master-list.ts';

export interface CacheOptions {
  cacheDir: string;
  /** Where exports are downloaded from: base URL + file name. */
  baseUrl: string;
  timeoutMs: number;
  /** Further attempts after a transient fault (timeout, dropped connection, 5xx, short body). */
  retries: number;
  /** Wait before the first retry, doubled for each next one. */
  retryDelayMs: number;
}

export interface CachedExport {
  file: string;
  /** False when it was downloaded by this run. */
  cached: boolean;
  /** Bytes downloaded (0 when cached). */
  downloaded: number;
  attempts: number;
}

/** Temporary downloads left by a killed run are removed after this long. */
const STALE_PART_MS = 3_600_000;

export function exportUrl(baseUrl: string, entry: ExportEntry): string {
  return new URL(entry.name, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).href;
}

async function md5Of(file: string): Promise<string> {
  const hash = createHash('md5');
  await pipeline(fs.createReadStream(file), hash);
  return hash.digest('hex');
}

/** The cached copy when it is complete and matches the list, else undefined. */
async function cachedCopy(file: string, entry: ExportEntry): Promise<string | undefined> {
  const stat = await fs.promises.stat(file).catch(() => undefined);
  if (!stat) return undefined;
  if (stat.size === entry.size && (await md5Of(file)) === entry.md5) return file;
  await fs.promises.rm(file, { force: true }); // stale: the list changed, or the disk did
  return undefined;
}

async function downloadOnce(
  entry: ExportEntry,
  file: string,
  options: CacheOptions,
): Promise<number> {
  const url = exportUrl(options.baseUrl, entry);
  const temp = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.part`;
  const hash = createHash('md5');
  let bytes = 0;
  const check = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      // Stop reading as soon as the file is longer than listed: no unbounded download.
      if (bytes > entry.size)
        return done(
          new FetchFault('wrong size', `more than the ${entry.size} bytes the master list gives`),
        );
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    const body = await httpGet(url, { timeoutMs: options.timeoutMs });
    await pipeline(body, check, fs.createWriteStream(temp, { flags: 'wx' }));
    if (bytes !== entry.size)
      throw new FetchFault(
        'wrong size',
        `${bytes} bytes received, the master list gives ${entry.size}`,
        true, // a body cut short is worth another attempt
      );
    const md5 = hash.digest('hex');
    if (md5 !== entry.md5)
      throw new FetchFault('wrong MD5', `MD5 ${md5}, the master list gives ${entry.md5}`);
    await fs.promises.rename(temp, file);
    return bytes;
  } catch (error) {
    await fs.promises.rm(temp, { force: true });
    if (error instanceof FetchFault) throw error;
    throw new FetchFault('network error', `${url}: ${(error as Error).message}`);
  }
}

/** The export in the cache, downloading it first when needed; throws a FetchFault. */
export async function cachedExport(
  entry: ExportEntry,
  options: CacheOptions,
): Promise<CachedExport> {
  const file = path.join(options.cacheDir, entry.name);
  if (await cachedCopy(file, entry)) return { file, cached: true, downloaded: 0, attempts: 0 };
  for (let attempt = 1; ; attempt++) {
    try {
      const downloaded = await downloadOnce(entry, file, options);
      return { file, cached: false, downloaded, attempts: attempt };
    } catch (error) {
      const fault = error as FetchFault;
      if (!fault.transient || attempt > options.retries) {
        if (attempt > 1) fault.message += ` (after ${attempt} attempts)`;
        throw fault;
      }
      await new Promise((resolve) =>
        setTimeout(resolve, options.retryDelayMs * 2 ** (attempt - 1)),
      );
    }
  }
}

/** Creates the cache folder and removes temporary files that killed runs left behind. */
export async function prepareCache(cacheDir: string, now = Date.now()): Promise<void> {
  await fs.promises.mkdir(cacheDir, { recursive: true });
  for (const name of await fs.promises.readdir(cacheDir)) {
    if (!name.endsWith('.part')) continue;
    const file = path.join(cacheDir, name);
    const stat = await fs.promises.stat(file).catch(() => undefined);
    if (stat && now - stat.mtimeMs > STALE_PART_MS) await fs.promises.rm(file, { force: true });
  }
}
