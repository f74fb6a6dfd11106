// Streams the files inside a zip archive with yauzl (installed; it reads the central directory
// and inflates each entry as a stream, so memory stays flat however large the archive).
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { ImportInputError } from '../import-error.ts';

export interface ZipEntryInfo {
  name: string;
  size: number;
}

async function openZip(file: string): Promise<yauzl.ZipFile> {
  try {
    return await yauzl.openPromise(file, { lazyEntries: true, autoClose: false });
  } catch (error) {
    throw new ImportInputError(
      `${file}: not a complete zip archive (truncated or corrupt): ${(error as Error).message}`,
    );
  }
}

/** Visits the archive's file entries in order; stops early when `visit` returns true. */
function eachEntry(
  zip: yauzl.ZipFile,
  file: string,
  visit: (entry: yauzl.Entry) => boolean,
): Promise<void> {
  return new Promise((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      if (!entry.fileName.endsWith('/') && visit(entry)) return resolve();
      zip.readEntry();
    });
    zip.on('end', () => resolve());
    zip.on('error', (error: Error) =>
      reject(new ImportInputError(`${file}: corrupt zip archive: ${error.message}`)),
    );
    zip.readEntry();
  });
}

export async function listZipEntries(file: string): Promise<ZipEntryInfo[]> {
  const zip = await openZip(file);
  try {
    const entries: ZipEntryInfo[] = [];
    await eachEntry(zip, file, (entry) => {
      entries.push({ name: entry.fileName, size: entry.uncompressedSize });
      return false;
    });
    if (entries.length === 0) throw new ImportInputError(`${file}: the zip archive holds no files`);
    return entries;
  } finally {
    zip.close();
  }
}

/** A stream of one entry's uncompressed bytes; the archive closes when the stream ends. */
export async function openZipEntry(file: string, name: string): Promise<Readable> {
  const zip = await openZip(file);
  let found: yauzl.Entry | undefined;
  await eachEntry(zip, file, (entry) => {
    if (entry.fileName === name) found = entry;
    return found !== undefined;
  });
  if (!found) {
    zip.close();
    throw new ImportInputError(`${file}: entry ${name} disappeared while reading`);
  }
  const stream = await zip.openReadStreamPromise(found);
  stream.once('close', () => zip.close());
  stream.once('error', () => zip.close());
  return stream;
}
