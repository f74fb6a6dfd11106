// Reads a SIPRI trade register exactly as SIPRI's website exports it ("Trade registers", CSV):
// a preamble of notes (its attribution line "Source: SIPRI Arms Transfers Database (c) SIPRI."
// and the date it was generated among them), a header line, then one record per line.
//
// - Encoding: the export is Windows-1252 (Latin-1: "Wärtsilä", "Kiliç"), not UTF-8. The bytes
//   are decoded as UTF-8 when they are valid UTF-8 (a re-saved file, with or without a BOM), as
//   UTF-16 after its BOM, and as Windows-1252 otherwise; the report names the encoding used.
// - Fields: comma-separated, quoted when they hold a comma or a quote (csv-parse, per record).
// - Broken records: a line break inside the Comments field splits a record in two (the
//   2025 export has four: a line of 13 fields, then one of 4 starting with the comma before
//   the TIV values). A line with too few fields is joined with the lines that follow (at most
//   MAX_JOINED) while that gives exactly the header's field count; what cannot be repaired
//   that way is rejected with its line number, and reading goes on with the next line.
// The register is small (about 4 MB for every transfer since 1950), so it is read whole.
import { readFile } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';
import { parse } from 'csv-parse/sync';
import { ImportInputError } from '../import-error.ts';
import type { RowProblem } from '../pipeline/row-sink.ts';

/** The 16 columns of the register; blank-named columns hold the '?' of the column before. */
export const REGISTER_COLUMNS = [
  'Recipient',
  'Supplier',
  'Year of order',
  '',
  'Number ordered',
  '',
  'Weapon designation',
  'Weapon description',
  'Number delivered',
  '',
  'Year(s) of delivery',
  'status',
  'Comments',
  'SIPRI TIV per unit',
  'SIPRI TIV for total order',
  'SIPRI TIV of delivered weapons',
] as const;

/** Most physical lines one record is repaired from. */
const MAX_JOINED = 4;

export type RegisterEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface RegisterRecord {
  /** 1-based line of the record's first line. */
  line: number;
  /** Its last line (> line when the record was repaired from several lines). */
  lastLine: number;
  fields: string[];
  /** The record as written (lines joined by a space when repaired): the row's provenance. */
  text: string;
}

export interface RegisterProblem {
  line: number;
  problem: RowProblem;
}

export interface RegisterFile {
  encoding: RegisterEncoding;
  /** The preamble's lines, as written ("Source: SIPRI Arms Transfers Database (c) SIPRI."). */
  preamble: string[];
  /** The line number of the header. */
  headerLine: number;
  records: RegisterRecord[];
  /** Lines that are no record: broken beyond repair or with too many fields. */
  problems: RegisterProblem[];
  /** Records repaired from several lines, by their first and last line. */
  repaired: { line: number; lastLine: number }[];
}

export function detectEncoding(bytes: Buffer): RegisterEncoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return isUtf8(bytes) ? 'utf-8' : 'windows-1252';
}

export function decodeRegister(bytes: Buffer): { encoding: RegisterEncoding; text: string } {
  const encoding = detectEncoding(bytes);
  // TextDecoder drops a byte-order mark by itself.
  return { encoding, text: new TextDecoder(encoding).decode(bytes) };
}

const normalise = (cell: string) => cell.trim().toLowerCase();

function isHeader(fields: readonly string[]): boolean {
  return normalise(fields[0] ?? '') === 'recipient' && normalise(fields[1] ?? '') === 'supplier';
}

function fieldsOf(text: string): string[] | undefined {
  // SIPRI quotes only fields that hold a comma or a quote; most lines have none (and a split is
  // some 20 times faster than csv-parse on one line).
  if (!text.includes('"')) return text.split(',');
  try {
    const rows = parse(text, { relax_quotes: true, relax_column_count: true }) as string[][];
    return rows.length === 1 ? rows[0] : undefined;
  } catch {
    return undefined;
  }
}

function checkHeader(file: string, line: number, fields: readonly string[]): void {
  const problems = REGISTER_COLUMNS.flatMap((name, i) =>
    name !== '' && normalise(fields[i] ?? '') !== normalise(name)
      ? [`column ${i + 1} should be "${name}" (found "${fields[i] ?? ''}")`]
      : [],
  );
  if (fields.length !== REGISTER_COLUMNS.length)
    problems.unshift(`${fields.length} columns, expected ${REGISTER_COLUMNS.length}`);
  if (problems.length > 0)
    throw new ImportInputError(
      `${file}:${line}: not a SIPRI trade register header: ${problems.join('; ')}`,
    );
}

/** Splits the decoded text into the preamble, the header and the records (repaired or not). */
export function splitRegister(file: string, text: string): Omit<RegisterFile, 'encoding'> {
  const lines = text.split(/\r?\n/).map((l) => l.replace(/\r$/, ''));
  const headerIndex = lines.findIndex((l) => {
    const fields = l.startsWith('Recipient') || /^"?recipient/i.test(l) ? fieldsOf(l) : undefined;
    return fields !== undefined && isHeader(fields);
  });
  if (headerIndex < 0) {
    throw new ImportInputError(
      `${file}: no SIPRI trade register header ("Recipient,Supplier,Year of order,...") found`,
    );
  }
  checkHeader(file, headerIndex + 1, fieldsOf(lines[headerIndex]!)!);
  const width = REGISTER_COLUMNS.length;
  const records: RegisterRecord[] = [];
  const problems: RegisterProblem[] = [];
  const repaired: RegisterFile['repaired'] = [];
  let i = headerIndex + 1;
  while (i < lines.length) {
    const first = lines[i]!;
    const line = i + 1;
    if (first.trim() === '') {
      i += 1;
      continue;
    }
    const fields = fieldsOf(first);
    if (fields && fields.length === width) {
      records.push({ line, lastLine: line, fields: fields.map((f) => f.trim()), text: first });
      i += 1;
      continue;
    }
    if (fields && fields.length < width) {
      // Join the following lines while that can still make one record of `width` fields.
      let joined = first;
      let end = i;
      let found: string[] | undefined;
      while (end + 1 < lines.length && end - i + 1 < MAX_JOINED) {
        end += 1;
        joined = `${joined} ${lines[end]!}`;
        const attempt = fieldsOf(joined);
        if (!attempt || attempt.length > width) break;
        if (attempt.length === width) {
          found = attempt;
          break;
        }
      }
      if (found) {
        records.push({ line, lastLine: end + 1, fields: found.map((f) => f.trim()), text: joined });
        repaired.push({ line, lastLine: end + 1 });
        i = end + 1;
        continue;
      }
      problems.push({
        line,
        problem: {
          field: '',
          reason: 'broken record',
          detail: `${fields.length} fields, expected ${width}, and joining the next lines does not make one record`,
        },
      });
      i += 1;
      continue;
    }
    problems.push({
      line,
      problem: fields
        ? {
            field: '',
            reason: 'wrong column count',
            detail: `${fields.length} fields, expected ${width} (an unquoted comma in a field?)`,
          }
        : { field: '', reason: 'unreadable CSV', detail: 'the line is not a CSV record' },
    });
    i += 1;
  }
  return {
    preamble: lines.slice(0, headerIndex),
    headerLine: headerIndex + 1,
    records,
    problems,
    repaired,
  };
}

export async function readRegister(file: string): Promise<RegisterFile> {
  const bytes = await readFile(file).catch((error: Error) => {
    throw new ImportInputError(`${file}: cannot read: ${error.message}`);
  });
  if (bytes.length === 0) throw new ImportInputError(`${file}: empty file`);
  const { encoding, text } = decodeRegister(bytes);
  return { encoding, ...splitRegister(file, text) };
}
