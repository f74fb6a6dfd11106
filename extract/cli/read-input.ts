// Reads the CLI's input and refuses what is not one document of text, with a message that
// names the file and says what is wrong: missing, a folder, empty, binary, not UTF-8, too big.
import { readFileSync, statSync } from 'node:fs';

/** Exit codes of `npm run extract` (README, "Extracting candidate facts"). */
export const EXIT = { ok: 0, internal: 1, usage: 2, unreadable: 3, notText: 4, link: 5 } as const;

export class InputError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/** 1 MiB: a readout is a few KB and a long article some 100 KB; more is not one document. */
export const DEFAULT_MAX_BYTES = 1024 * 1024;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function tooBig(name: string, bytes: number, maxBytes: number): InputError {
  return new InputError(
    `${name}: ${mb(bytes)} is more than one document (limit ${mb(maxBytes)}); split it into articles, or raise the limit with --max-bytes`,
    EXIT.notText,
  );
}

function readBytes(file: string, maxBytes: number): Buffer {
  if (file === '-') return readFileSync(0);
  try {
    const stat = statSync(file);
    if (stat.isDirectory())
      throw new InputError(`${file}: is a folder, not a file`, EXIT.unreadable);
    // Refused before reading: a 5 GB file is not read into memory to be told it is too big.
    if (stat.size > maxBytes) throw tooBig(file, stat.size, maxBytes);
    return readFileSync(file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : `cannot read it (${code ?? 'unknown error'})`;
    throw new InputError(`${file}: ${why}`, EXIT.unreadable);
  }
}

/** Offset of the first byte that is not part of valid UTF-8, or -1. */
function firstInvalidUtf8(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const n =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return -1;
}

export function readText(file: string, maxBytes = DEFAULT_MAX_BYTES): string {
  const name = file === '-' ? 'standard input' : file;
  const bytes = readBytes(file, maxBytes);
  if (bytes.length === 0)
    throw new InputError(
      `${name}: is empty (0 bytes): there is no text to extract from`,
      EXIT.notText,
    );
  if (bytes.length > maxBytes) throw tooBig(name, bytes.length, maxBytes);
  const nul = bytes.indexOf(0);
  if (nul >= 0)
    throw new InputError(
      `${name}: looks like binary data, not text (a NUL byte at offset ${nul})`,
      EXIT.notText,
    );
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new InputError(
      `${name}: is not valid UTF-8 (byte 0x${(bytes[at] ?? 0).toString(16)} at offset ${at}); convert it first, e.g. iconv -f WINDOWS-1252 -t UTF-8`,
      EXIT.notText,
    );
  }
  if (!/\p{L}/u.test(text))
    throw new InputError(`${name}: has no letters: there is no text to extract from`, EXIT.notText);
  return text;
}
