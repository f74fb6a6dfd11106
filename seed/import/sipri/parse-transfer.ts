// One trade register record → a validated transfer, or what is wrong with it (the column at
// fault). SIPRI's '?' columns become flags beside the value they qualify; an empty number
// stays absent ("data not yet available"), never 0.
import type { Parsed } from '../pipeline/row-sink.ts';
import type { RegisterRecord } from './register-file.ts';

export interface SipriTransfer {
  line: number;
  lastLine: number;
  /** The record as written, its provenance. */
  text: string;
  recipient: string;
  supplier: string;
  /** null when SIPRI gives no year of order. */
  orderYear: number | null;
  orderYearUncertain: boolean;
  numberOrdered: number | null;
  numberOrderedUncertain: boolean;
  designation: string;
  description: string;
  numberDelivered: number | null;
  numberDeliveredUncertain: boolean;
  deliveryYears: number[];
  status: string;
  comments: string;
  tivPerUnit: number | null;
  tivOrdered: number | null;
  tivDelivered: number | null;
}

const YEAR = /^\d{4}$/;
const WHOLE = /^\d+$/;
const DECIMAL = /^\d+(\.\d+)?$/;

type Field = { ok: true; value: number | null } | { ok: false; problem: string };

function numberField(value: string, pattern: RegExp, what: string): Field {
  if (value === '') return { ok: true, value: null };
  return pattern.test(value)
    ? { ok: true, value: Number(value) }
    : { ok: false, problem: `"${value}" is not ${what}` };
}

function flag(value: string): boolean | undefined {
  if (value === '') return false;
  if (value === '?') return true;
  return undefined;
}

export function parseTransfer(record: RegisterRecord): Parsed<SipriTransfer> {
  const f = record.fields;
  const problem = (field: string, reason: string, detail: string) => ({
    problem: { field, reason, detail },
  });
  if (f[0] === '') return problem('Recipient', 'missing party', 'the recipient is empty');
  if (f[1] === '') return problem('Supplier', 'missing party', 'the supplier is empty');
  if (f[6] === '' && f[7] === '')
    return problem('Weapon designation', 'missing weapon', 'designation and description are empty');
  const year = numberField(f[2]!, YEAR, 'a year');
  if (!year.ok) return problem('Year of order', 'bad year', year.problem);
  if (year.value !== null && (year.value < 1900 || year.value > 2100))
    return problem('Year of order', 'bad year', `${year.value} is outside 1900-2100`);
  const flags = [flag(f[3]!), flag(f[5]!), flag(f[9]!)];
  const flagNames = ['Year of order ?', 'Number ordered ?', 'Number delivered ?'];
  const badFlag = flags.findIndex((x) => x === undefined);
  if (badFlag >= 0)
    return problem(
      flagNames[badFlag]!,
      'bad flag',
      `"${f[[3, 5, 9][badFlag]!]}" is neither '?' nor empty`,
    );
  const numbers: [number, string, RegExp, string][] = [
    [4, 'Number ordered', WHOLE, 'a whole number'],
    [8, 'Number delivered', WHOLE, 'a whole number'],
    [13, 'SIPRI TIV per unit', DECIMAL, 'a number'],
    [14, 'SIPRI TIV for total order', DECIMAL, 'a number'],
    [15, 'SIPRI TIV of delivered weapons', DECIMAL, 'a number'],
  ];
  const values: (number | null)[] = [];
  for (const [i, name, pattern, what] of numbers) {
    const parsed = numberField(f[i]!, pattern, what);
    if (!parsed.ok) return problem(name, 'bad number', parsed.problem);
    values.push(parsed.value);
  }
  const years = f[10] === '' ? [] : f[10]!.split(';').map((y) => y.trim());
  const badYear = years.find((y) => !YEAR.test(y));
  if (badYear !== undefined)
    return problem(
      'Year(s) of delivery',
      'bad year',
      `"${badYear}" is not a year (years are separated by ';')`,
    );
  return {
    row: {
      line: record.line,
      lastLine: record.lastLine,
      text: record.text,
      recipient: f[0]!,
      supplier: f[1]!,
      orderYear: year.value,
      orderYearUncertain: flags[0]!,
      numberOrdered: values[0]!,
      numberOrderedUncertain: flags[1]!,
      designation: f[6] || f[7]!,
      description: f[7] || f[6]!,
      numberDelivered: values[1]!,
      numberDeliveredUncertain: flags[2]!,
      deliveryYears: years.map(Number),
      status: f[11]!,
      comments: f[12]!,
      tivPerUnit: values[2]!,
      tivOrdered: values[3]!,
      tivDelivered: values[4]!,
    },
  };
}
