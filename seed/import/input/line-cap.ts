// The longest line a line-oriented import accepts: ENTENTE_MAX_LINE_BYTES, 1 MiB by default (a
// GDELT row is under 2 KB; a line of megabytes means the file is not what it claims to be).
import { ImportInputError } from '../import-error.ts';
import { DEFAULT_MAX_LINE_BYTES } from './line-reader.ts';

export function maxLineBytes(env: NodeJS.ProcessEnv = process.env): number {
  const text = env.ENTENTE_MAX_LINE_BYTES;
  if (text === undefined || text === '') return DEFAULT_MAX_LINE_BYTES;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1024 || value > 1 << 30) {
    throw new ImportInputError(
      `ENTENTE_MAX_LINE_BYTES must be a whole number of bytes from 1024 to 1073741824 (got ${JSON.stringify(text)})`,
    );
  }
  return value;
}
