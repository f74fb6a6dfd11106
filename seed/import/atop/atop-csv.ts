// Reads an ATOP CSV file with csv-parse (installed; handles quoting and BOMs) and checks that
// the columns the importer maps are all there, naming any that are missing.
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { ImportInputError } from '../import-error.ts';

export interface CsvRow {
  /** 1-based line number in the file (the header is line 1). */
  line: number;
  values: Record<string, string>;
  /** The file's last row when no newline follows it: it may have been cut (TRUNCATED_ROW). */
  truncated?: boolean;
  /** The row as written (its provenance); '' when unknown. */
  raw: string;
}

export async function readAtopCsv(file: string, required: readonly string[]): Promise<CsvRow[]> {
  const text = await readFile(file, 'utf8').catch((error: Error) => {
    throw new ImportInputError(`${file}: cannot read: ${error.message}`);
  });
  if (text.trim() === '') throw new ImportInputError(`${file}: empty file`);
  let records: { record: Record<string, string>; info: { lines: number }; raw: string }[];
  try {
    records = parse(text, {
      columns: true,
      bom: true,
      skip_empty_lines: true,
      info: true,
      raw: true,
      trim: true,
    });
  } catch (error) {
    throw new ImportInputError(`${file}: not a readable CSV file: ${(error as Error).message}`);
  }
  const header = text
    .slice(0, text.search(/\r?\n|$/))
    .replace(/^\uFEFF/, '')
    .split(',');
  const missing = required.filter((column) => !header.includes(column));
  if (missing.length > 0) {
    throw new ImportInputError(
      `${file}: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
    );
  }
  const rows: CsvRow[] = records.map(({ record, info, raw }) => ({
    line: info.lines,
    values: record,
    raw: raw.replace(/\r?\n$/, ''),
  }));
  if (rows.length > 0 && !text.endsWith('\n')) rows[rows.length - 1]!.truncated = true;
  return rows;
}
