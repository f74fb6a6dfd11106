// Demonyms ("Japanese", "Saudi") and capitals of each country, for the extractor's gazetteer.
// demonyms.tsv is derived from the world-countries package; demonyms-extra.tsv is written by
// hand for press forms that list lacks (README.md names both). Read once, synchronously, when
// the module loads: the files are small.
import { readFileSync } from 'node:fs';
import { byIso3 } from './index.ts';

export interface CountryWords {
  iso3: string;
  /** Adjective or noun of nationality as English writes it ("Polish", "New Zealander"). */
  demonyms: string[];
  /** Capital cities, as places that belong to the country. */
  capitals: string[];
}

/** world-countries codes Kosovo UNK; the ISO user-assigned code this project uses is XKK. */
const ISO3_FIXES: Record<string, string> = { UNK: 'XKK' };

function readWords(file: string): CountryWords[] {
  const text = readFileSync(new URL(file, import.meta.url), 'utf8');
  const rows: CountryWords[] = [];
  for (const line of text.split(/\r?\n/).slice(1)) {
    const [code = '', demonyms = '', capitals = ''] = line.split('\t');
    const iso3 = ISO3_FIXES[code] ?? code;
    // Rows for codes the reference does not hold (Bouvet Island has no demonym either) are
    // dropped, so every iso3 here resolves with byIso3.
    if (!iso3 || !byIso3(iso3)) continue;
    const split = (cell: string) => cell.split('|').filter(Boolean);
    rows.push({ iso3, demonyms: split(demonyms), capitals: split(capitals) });
  }
  return rows;
}

function merge(lists: CountryWords[][]): CountryWords[] {
  const byCode = new Map<string, CountryWords>();
  for (const row of lists.flat()) {
    const seen = byCode.get(row.iso3) ?? { iso3: row.iso3, demonyms: [], capitals: [] };
    seen.demonyms = [...new Set([...seen.demonyms, ...row.demonyms])];
    seen.capitals = [...new Set([...seen.capitals, ...row.capitals])];
    byCode.set(row.iso3, seen);
  }
  return [...byCode.values()];
}

/** One entry per country that has a demonym or a capital. */
export const countryWords: readonly CountryWords[] = merge([
  readWords('demonyms.tsv'),
  readWords('demonyms-extra.tsv'),
]);
