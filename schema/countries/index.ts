// Country reference data for every state and territory with an ISO 3166-1 code, plus three
// former states (ISO 3166-3) that the COW list and ATOP use. The seed loads all of them as
// Country nodes, so an importer that looks a code up here always finds its node in the graph.
//
// Stable API (the GDELT and ATOP importers depend on it): countries, byIso3, byIso2, byCow,
// resolveCountryName.
import { buildCountries, type Country } from './build-countries.ts';
import { readCowStates, type CowStateRow } from './reference-files.ts';

export type { Country } from './build-countries.ts';
export { COUNTRY_SOURCES, COUNTRY_SOURCE_IDS, type DatasetSource } from './country-sources.ts';

export const countries: readonly Country[] = buildCountries();

/**
 * COW codes of states that COW lists apart but ISO 3166 codes as their successor: ISO assigned
 * DE to the German Federal Republic (COW 260) and YE to the Yemen Arab Republic (COW 678) and
 * kept those codes for the reunified states (COW 255 and 679). byCow resolves them to that
 * successor. Other historical COW states (Bavaria, Austria-Hungary, Korea 1887-1905, the
 * Republic of Vietnam, ...) have no ISO code and resolve to nothing; see unmappedCowStates.
 */
export const COW_SUCCESSOR_ISO3: Readonly<Record<number, string>> = { 260: 'DEU', 678: 'YEM' };

const byIso3Index = new Map(countries.map((c) => [c.iso3, c]));
const byIso2Index = new Map(countries.map((c) => [c.iso2, c]));
const byCowIndex = new Map(
  countries.filter((c) => c.cowCode !== null).map((c) => [c.cowCode as number, c]),
);
for (const [cow, iso3] of Object.entries(COW_SUCCESSOR_ISO3)) {
  const country = byIso3Index.get(iso3);
  if (country) byCowIndex.set(Number(cow), country);
}

/** Historical COW states with no ISO code (byCow finds nothing), one row per code. */
export const unmappedCowStates: readonly CowStateRow[] = [
  ...new Map(
    readCowStates()
      .filter((row) => !byCowIndex.has(row.cowCode))
      .map((row) => [row.cowCode, row]),
  ).values(),
];

/** The country with this ISO 3166 alpha-3 code (case-insensitive), or undefined. */
export function byIso3(code: string): Country | undefined {
  return byIso3Index.get(code.trim().toUpperCase());
}

/** The country with this ISO 3166 alpha-2 code (case-insensitive), or undefined. */
export function byIso2(code: string): Country | undefined {
  return byIso2Index.get(code.trim().toUpperCase());
}

/** The country with this Correlates of War code (number or numeric string), or undefined. */
export function byCow(code: number | string): Country | undefined {
  const numeric = typeof code === 'number' ? code : Number(code.trim());
  return Number.isInteger(numeric) ? byCowIndex.get(numeric) : undefined;
}

/**
 * Lower case, accents and punctuation dropped, '&' read as 'and', a leading 'the' dropped:
 * "the U.S." and "US" meet, as do "Côte d'Ivoire" and "Cote dIvoire".
 */
export function normalizeCountryName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[.'’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

function buildNameIndex(): { index: Map<string, Country>; ambiguous: Set<string> } {
  const index = new Map<string, Country>();
  const ambiguous = new Set<string>();
  for (const country of countries) {
    for (const name of [country.name, ...country.aliases]) {
      const key = normalizeCountryName(name);
      const seen = index.get(key);
      if (seen && seen !== country) ambiguous.add(key);
      else index.set(key, country);
    }
  }
  // A name two countries share ("Congo") names neither: guessing would misplace events.
  for (const key of ambiguous) index.delete(key);
  return { index, ambiguous };
}

const names = buildNameIndex();

/** Names that more than one country answers to, normalised; resolveCountryName refuses them. */
export const ambiguousCountryNames: ReadonlySet<string> = names.ambiguous;

/** The country a name or alias denotes ("U.S.", "South Korea", "Russia"), or undefined. */
export function resolveCountryName(name: string): Country | undefined {
  return names.index.get(normalizeCountryName(name));
}
