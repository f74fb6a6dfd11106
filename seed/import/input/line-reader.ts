// Splits a byte stream into numbered text lines in constant memory. GDELT exports are
// tab-separated with no quoting (a field never holds a tab or newline), so a byte splitter is
// exact and several times faster than csv-parse (BENCHMARKS.md, "Import").
//
// Invalid UTF-8 must reject its own row, not be silently mangled into U+FFFD: each chunk of
// complete lines is checked with buffer.isUtf8 (native, fast); only a chunk that fails is
// checked again line by line, so one bad row costs nothing on the good ones.
import { isUtf8 } from 'node:buffer';
import type { Readable } from 'node:stream';

/** Lines read from one chunk of input; `null` marks a line that is not valid UTF-8. */
export interface LineChunk {
  /** Line number (1-based) of lines[0]. */
  firstLine: number;
  lines: (string | null)[];
  /** Bytes of input consumed so far, for progress. */
  bytesRead: number;
}

const NEWLINE = 0x0a;

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

/**
 * Yields the stream's lines in chunks. A final line without a newline is yielded; a final empty
 * line (the file ends with a newline) is not.
 */
export async function* readLineChunks(stream: Readable): AsyncGenerator<LineChunk> {
  let pending: Buffer = Buffer.alloc(0);
  let nextLine = 1;
  let bytesRead = 0;
  for await (const data of stream) {
    const chunk = typeof data === 'string' ? Buffer.from(data) : (data as Buffer);
    bytesRead += chunk.length;
    const lastNewline = chunk.lastIndexOf(NEWLINE);
    if (lastNewline === -1) {
      pending = Buffer.concat([pending, chunk]);
      continue;
    }
    const complete = Buffer.concat([pending, chunk.subarray(0, lastNewline)]);
    pending = Buffer.from(chunk.subarray(lastNewline + 1));
    const lines = decodeLines(complete);
    yield { firstLine: nextLine, lines, bytesRead };
    nextLine += lines.length;
  }
  if (pending.length > 0) yield { firstLine: nextLine, lines: decodeLines(pending), bytesRead };
}
