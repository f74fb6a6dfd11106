// The read stage for line-oriented datasets (GDELT, ICEWS): every input text (file, zip entry,
// standard input) line by line in constant memory, each line handed to the format's parser
// and accounted for by the sink. A line that is not UTF-8 is rejected with its line number; a
// blank line is not a row; a text without rows is rejected as a whole ('empty file').
import { ImportInputError } from '../import-error.ts';
import type { InputText } from '../input/input-files.ts';
import { maxLineBytes } from '../input/line-cap.ts';
import { LineTooLongError, readLineChunks, type LineChunk } from '../input/line-reader.ts';
import type { Progress } from '../progress.ts';
import type { Parsed, RowSink } from './row-sink.ts';
import { TRUNCATED_ROW } from './truncated-row.ts';

export type LineParser<T> = (line: string) => Parsed<T>;

export interface LineFormat<T> {
  /** What an empty file lacks, for its rejection ("no GDELT rows"). */
  rowsName: string;
  /**
   * For a format with a header line: checks each text's first line (throwing ImportInputError
   * naming the file when it is not the expected header) and returns the text's row parser.
   */
  header?: (line: string, file: string) => LineParser<T>;
  /** The row parser of a format without a header. */
  parse?: LineParser<T>;
}

const INVALID_UTF8 = {
  field: '',
  reason: 'invalid UTF-8',
  detail: 'the line is not valid UTF-8 text',
};

export async function importLines<T>(
  texts: readonly InputText[],
  format: LineFormat<T>,
  sink: RowSink<T>,
  progress: Progress,
): Promise<void> {
  let bytesBefore = 0;
  const maxBytes = maxLineBytes();
  for (const text of texts) {
    let parse = format.header ? undefined : format.parse!;
    let rows = 0;
    const chunks = readLineChunks(await text.open(), { maxLineBytes: maxBytes });
    for (;;) {
      let next: IteratorResult<LineChunk>;
      try {
        next = await chunks.next();
      } catch (error) {
        if (error instanceof LineTooLongError) {
          throw new ImportInputError(
            `${text.label}:${error.line}: the line is longer than ${error.maxLineBytes} bytes (ENTENTE_MAX_LINE_BYTES): not a ${format.rowsName} file?`,
          );
        }
        throw new ImportInputError(`${text.label}: read failed: ${(error as Error).message}`);
      }
      if (next.done) break;
      const chunk = next.value;
      for (let i = 0; i < chunk.lines.length; i++) {
        const line = chunk.lines[i]!;
        if (line === '') continue; // a blank line is not a row
        const where = { file: text.label, line: chunk.firstLine + i };
        if (!parse) {
          if (line === null)
            throw new ImportInputError(`${text.label}:${where.line}: the header is not UTF-8 text`);
          parse = format.header!(line, text.label);
          continue;
        }
        rows += 1;
        const last = chunk.unterminated === true && i === chunk.lines.length - 1;
        if (last) sink.reject(where, TRUNCATED_ROW);
        else if (line === null) sink.reject(where, INVALID_UTF8);
        else if (sink.take(where, parse(line))) await sink.flush();
      }
      progress.update(bytesBefore + chunk.bytesRead, sink.report.read, sink.written);
    }
    if (rows === 0) {
      sink.report.reject({
        file: text.label,
        line: 0,
        field: '',
        reason: 'empty file',
        detail: `no ${format.rowsName}`,
      });
    }
    bytesBefore += text.size ?? 0;
  }
}
