// Rows → the CSV that `neo4j-admin database import` reads: a header file of typed columns
// (`name:string`, `date:date`, `aliases:string[]`) beside each data file, every string quoted,
// arrays joined by a delimiter no value holds (U+001F, the unit separator).
//
// neo4j-admin cannot express an empty array (an empty field means "no property"), and an
// array of one empty string only through --trim-strings (' ' trims to ''). The writers store
// both ([] aliases, [''] dataset quotes); empty arrays are left out of the CSV and counted:
// when every row of a label or type has the same one, a single statement sets it after the
// import (fixups()).
// Strings with line breaks are left out too (a few country alias texts), and set node by node.
import type { Integer } from 'neo4j-driver';
import { isInt } from 'neo4j-driver';

export const ARRAY_DELIMITER = '\u001f';

export type ColumnType =
  'string' | 'long' | 'double' | 'boolean' | 'date' | 'string[]' | 'long[]' | 'double[]';

export type ColumnSpec = Readonly<Record<string, ColumnType>>;

export class BulkValueError extends Error {
  override name = 'BulkValueError';
}

const quote = (text: string) => `"${text.replaceAll('"', '""')}"`;

/** What Java's String.trim() removes at either end. */
const edgeSpace = (text: string) =>
  text.charCodeAt(0) <= 0x20 || text.charCodeAt(text.length - 1) <= 0x20;

/** A line break would need neo4j-admin's --multiline-fields, which reads on one thread only. */
export const hasLineBreak = (text: string) => text.includes('\n') || text.includes('\r');

function plain(text: string, where: string): string {
  if (text.includes(ARRAY_DELIMITER))
    throw new BulkValueError(`${where}: U+001F (the array delimiter) cannot be bulk-imported`);
  return text;
}

function scalar(value: unknown, type: ColumnType, where: string): string {
  switch (type) {
    case 'string':
    case 'string[]':
      if (typeof value !== 'string') break;
      return plain(value, where);
    case 'long':
    case 'long[]':
      if (isInt(value)) return (value as Integer).toString();
      if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
      break;
    case 'double':
    case 'double[]':
      if (typeof value === 'number' && Number.isFinite(value)) return String(value);
      break;
    case 'boolean':
      if (typeof value === 'boolean') return String(value);
      break;
    case 'date':
      if (
        value &&
        typeof value === 'object' &&
        'year' in value &&
        'month' in value &&
        'day' in value
      )
        return String(value);
      break;
  }
  throw new BulkValueError(`${where}: ${JSON.stringify(value)} is not a ${type}`);
}

/**
 * The cell for a value, or undefined when CSV cannot hold it: [] or [''], and strings with a
 * line break (country aliases joined by newlines).
 */
export function cell(value: unknown, type: ColumnType, where: string): string | undefined {
  if (value === null || value === undefined) return '';
  if (type.endsWith('[]')) {
    if (!Array.isArray(value))
      throw new BulkValueError(`${where}: ${JSON.stringify(value)} is not a list`);
    if (value.length === 0) return undefined;
    let parts = value.map((v) => scalar(v, type, where));
    if (type === 'string[]') {
      // neo4j-admin (with --trim-strings) trims list elements, quoted or not, and an empty
      // field is no property: '' is written as ' ' and comes back as ''; an element that
      // starts or ends with white space would not come back as it was.
      if (parts.some((p) => hasLineBreak(p) || (p !== '' && edgeSpace(p)))) return undefined;
      parts = parts.map((p) => (p === '' ? ' ' : p));
    }
    const joined = parts.join(ARRAY_DELIMITER);
    return type === 'string[]' ? quote(joined) : joined;
  }
  const text = scalar(value, type, where);
  if (type === 'string' && hasLineBreak(text)) return undefined;
  return type === 'string' ? quote(text) : text;
}

/** `name:type` header cells (`string` is neo4j-admin's default, written all the same). */
export function headerCells(spec: ColumnSpec): string[] {
  return Object.entries(spec).map(([name, type]) => `${name}:${type}`);
}
