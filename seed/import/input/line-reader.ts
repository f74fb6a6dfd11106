// Splits a byte stream into numbered text lines in constant memory. GDELT exports are
// tab-separated with no quoting (a field never holds a tab or newline), so a byte splitter is
// exact and several times faster than csv-parse (BENCHMARKS.md, "Import").
//
// Invalid UTF-8 must reject its own row, not be silently mangled into U+FFFD: each chunk of
// complete lines is checked with buffer.isUtf8 (native, fast); only a chunk that fails is
// checked again line by line, so one bad row costs nothing on the good ones.
//
// Bounded: a line longer than `maxLineBytes` (1 MiB by default; a GDELT row is under 2 KB)
// stops the read with LineTooLongError naming its line, before it is ever joined, so a file
// without newlines cannot grow memory or time without end. The pieces of an unfinished line
// are kept in a list and joined once, never re-concatenated chunk by chunk (quadratic).
import { isUtf8 } from 'node:buffer';
import type { Readable } from 'node:stream';

/** Lines read from one chunk of input; `null` marks a line that is not valid UTF-8. */
export interface LineChunk {
  /** Line number (1-based) of lines[0]. */
  firstLine: number;
  lines: (string | null)[];
  /** Bytes of input consumed so far, for progress. */
  bytesRead: number;
  /**
   * True on the last chunk when the stream ended inside its last line (no newline after it):
   * the text may have been cut, and that line with it.
   */
  unterminated?: boolean;
}

export interface LineReaderOptions {
  /** Longest line accepted, in bytes (without its newline); default DEFAULT_MAX_LINE_BYTES. */
  maxLineBytes?: number;
}

export const DEFAULT_MAX_LINE_BYTES = 1 << 20;

export class LineTooLongError extends Error {
  override name = 'LineTooLongError';
  constructor(
    /** The line's number (1-based). */
    readonly line: number,
    readonly maxLineBytes: number,
  ) {
    super(`line ${line} is longer than ${maxLineBytes} bytes`);
  }
}

const NEWLINE = 0x0a;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

function decodeLines(bytes: Buffer): (string | null)[] {
  if (isUtf8(bytes)) return bytes.toString('utf8').split('\n').map(stripCarriageReturn);
  const lines: (string | null)[] = [];
  let start = 0;
  for (;;) {
    const end = bytes.indexOf(NEWLINE, start);
    const line = bytes.subarray(start, end === -1 ? bytes.length : end);
    lines.push(isUtf8(line) ? stripCarriageReturn(line.toString('utf8')) : null);
    if (end === -1) return lines;
    start = end + 1;
  }
}

function stripCarriageReturn(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

/** The longest line among complete lines in `bytes` (the first continuing `carried` bytes). */
function longestLine(bytes: Buffer, carried: number): { index: number; length: number } {
  let longest = { index: 0, length: 0 };
  let start = 0;
  for (let index = 0; ; index++) {
    const end = bytes.indexOf(NEWLINE, start);
    const length = (end === -1 ? bytes.length : end) - start + (index === 0 ? carried : 0);
    if (length > longest.length) longest = { index, length };
    if (end === -1) return longest;
    start = end + 1;
  }
}

/** The stream's chunks with a leading UTF-8 byte order mark dropped. */
async function* withoutByteOrderMark(stream: Readable): AsyncGenerator<Buffer> {
  let head: Buffer | undefined = Buffer.alloc(0);
  for await (const data of stream) {
    const chunk = typeof data === 'string' ? Buffer.from(data) : (data as Buffer);
    if (head === undefined) {
      yield chunk;
      continue;
    }
    // The mark can arrive split over the first chunks: wait for three bytes to decide.
    head = Buffer.concat([head, chunk]);
    if (head.length < BOM.length) continue;
    yield head.subarray(0, 3).equals(BOM) ? head.subarray(3) : head;
    head = undefined;
  }
  if (head && head.length > 0) yield head.subarray(0, 3).equals(BOM) ? head.subarray(3) : head;
}

/**
 * Yields the stream's lines in chunks. A final line without a newline is yielded (and its
 * chunk marked `unterminated`); a final empty line (the file ends with a newline) is not. A
 * UTF-8 byte order mark at the start is dropped (spreadsheet programs write one).
 */
export async function* readLineChunks(
  stream: Readable,
  options: LineReaderOptions = {},
): AsyncGenerator<LineChunk> {
  const maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let nextLine = 1;
  let bytesRead = 0;
  for await (const chunk of withoutByteOrderMark(stream)) {
    bytesRead += chunk.length;
    const lastNewline = chunk.lastIndexOf(NEWLINE);
    if (lastNewline === -1) {
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (pendingBytes > maxLineBytes) throw new LineTooLongError(nextLine, maxLineBytes);
      continue;
    }
    const head = chunk.subarray(0, lastNewline);
    // Only a chunk longer than the cap can hold a line longer than it: no scan otherwise.
    if (pendingBytes + head.length > maxLineBytes) {
      const longest = longestLine(head, pendingBytes);
      if (longest.length > maxLineBytes) {
        throw new LineTooLongError(nextLine + longest.index, maxLineBytes);
      }
    }
    const complete = pending.length > 0 ? Buffer.concat([...pending, head]) : head;
    const rest = chunk.subarray(lastNewline + 1);
    // A copy: the rest must not pin the whole (often 1 MiB) chunk it was cut from.
    pending = rest.length > 0 ? [Buffer.from(rest)] : [];
    pendingBytes = rest.length;
    const lines = decodeLines(complete);
    yield { firstLine: nextLine, lines, bytesRead };
    nextLine += lines.length;
    if (pendingBytes > maxLineBytes) throw new LineTooLongError(nextLine, maxLineBytes);
  }
  if (pendingBytes > 0) {
    yield {
      firstLine: nextLine,
      lines: decodeLines(Buffer.concat(pending)),
      bytesRead,
      unterminated: true,
    };
  }
}
