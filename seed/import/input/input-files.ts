// Resolves the command line's inputs (files, folders, zips, '-' for standard input) into the
// ordered list of texts to read. Every zip is opened once here, before anything is written, so
// a truncated archive stops the import with a clear message instead of half-way through.
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { ImportInputError } from '../import-error.ts';
import { listZipEntries, openZipEntry } from './zip-entries.ts';

export interface InputText {
  /** How reports name it: a path, `archive.zip!entry.csv`, or `-`. */
  label: string;
  /** Uncompressed size in bytes when known (not for standard input). */
  size: number | undefined;
  open(): Promise<Readable>;
}

/** File names a folder import picks up: GDELT publishes `*.export.CSV` and `*.export.CSV.zip`. */
const DATA_FILE = /\.(csv|tsv|tab|txt)(\.zip)?$|\.zip$/i;

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

export async function resolveInputs(args: readonly string[]): Promise<InputText[]> {
  const inputs: InputText[] = [];
  for (const arg of args) inputs.push(...(await resolveInput(arg)));
  return inputs;
}

async function resolveInput(arg: string): Promise<InputText[]> {
  if (arg === '-') return [stdinInput()];
  const stat = await fs.promises.stat(arg).catch(() => {
    throw new ImportInputError(`${arg}: no such file or folder`);
  });
  if (stat.isDirectory()) {
    const names = (await fs.promises.readdir(arg)).filter((name) => DATA_FILE.test(name)).sort();
    if (names.length === 0)
      throw new ImportInputError(`${arg}: the folder has no .csv, .tsv, .tab, .txt or .zip files`);
    const nested = [];
    for (const name of names) nested.push(...(await resolveFile(path.join(arg, name))));
    return nested;
  }
  return resolveFile(arg, stat.size);
}

async function resolveFile(file: string, size?: number): Promise<InputText[]> {
  if (await startsWithZipMagic(file)) {
    const entries = await listZipEntries(file);
    return entries.map((entry) => ({
      label: `${file}!${entry.name}`,
      size: entry.size,
      open: () => openZipEntry(file, entry.name),
    }));
  }
  if (/\.zip$/i.test(file) && (size ?? (await fs.promises.stat(file)).size) > 0) {
    throw new ImportInputError(`${file}: not a zip archive (it does not start with a zip header)`);
  }
  return [
    {
      label: file,
      size: size ?? (await fs.promises.stat(file)).size,
      open: async () => fs.createReadStream(file, { highWaterMark: 1 << 20 }),
    },
  ];
}

async function startsWithZipMagic(file: string): Promise<boolean> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return bytesRead === 4 && head.equals(ZIP_MAGIC);
  } finally {
    await handle.close();
  }
}

function stdinInput(): InputText {
  return {
    label: '-',
    size: undefined,
    open: async () => {
      // A zip cannot be read as a stream (its directory is at the end); say so rather than
      // rejecting every "line" of compressed bytes.
      const stdin = process.stdin;
      const first = await new Promise<Buffer | null>((resolve) => {
        stdin.once('readable', () => resolve(stdin.read() as Buffer | null));
      });
      if (first && first.subarray(0, 4).equals(ZIP_MAGIC)) {
        throw new ImportInputError('-: standard input is a zip archive; pass its path instead');
      }
      if (first) stdin.unshift(first);
      return stdin;
    },
  };
}
