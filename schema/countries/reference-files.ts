// Reads the country reference files committed next to this module (their origins are named in
// README.md). They are small, so they are read once, synchronously, when the module loads.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

const here = new URL('./', import.meta.url);

function readTable(
  file: string,
  delimiter: string,
  columns: true | string[],
): Record<string, string>[] {
  // csv-parse (installed) handles quoting and BOMs, which a split(',') would not.
  return parse<Record<string, string>>(readFileSync(new URL(file, here), 'utf8'), {
    columns,
    delimiter,
    bom: true,
    skip_empty_lines: true,
    trim: true,
    relax_quotes: true,
  });
}

/** One row of the Correlates of War state list: a state's COW code, abbreviation and name. */
export interface CowStateRow {
  abbreviation: string;
  cowCode: number;
  name: string;
}

/**
 * The COW state list. A code appears twice when the state was renamed ("Macedonia", "North
 * Macedonia"); rows keep the file's order, so the last name of a code is the current one.
 */
export function readCowStates(): CowStateRow[] {
  return readTable('cow-country-codes.csv', ',', true).map((row) => ({
    abbreviation: row.StateAbb ?? '',
    cowCode: Number(row.CCode),
    name: row.StateNme ?? '',
  }));
}

/** One row of text_to_CAMEO's country names: a name, its ISO3 code and COW code. */
export interface CameoCountryNameRow {
  name: string;
  iso3: string;
  /** null for '000' or a blank cell: no COW state. */
  cowCode: number | null;
}

export function readCameoCountryNames(): CameoCountryNameRow[] {
  return readTable('text-to-cameo-countrynames.tsv', '\t', ['name', 'iso3', 'cow']).map((row) => {
    const cow = Number(row.cow);
    return {
      name: row.name ?? '',
      iso3: row.iso3 ?? '',
      cowCode: row.cow && cow > 0 ? cow : null,
    };
  });
}

/** A state whose ISO 3166-1 code was withdrawn (ISO 3166-3) and that has a COW code. */
export interface FormerStateRow {
  iso3: string;
  iso2: string;
  cowCode: number;
  name: string;
  aliases: string[];
}

export function readFormerStates(): FormerStateRow[] {
  return readTable('iso-3166-3-former.csv', ',', true).map((row) => ({
    iso3: row.iso3 ?? '',
    iso2: row.iso2 ?? '',
    cowCode: Number(row.cowCode),
    name: row.name ?? '',
    aliases: (row.aliases ?? '').split('|').filter(Boolean),
  }));
}
