// Merges the reference data into one Country list: ISO 3166-1 (codes and English names from the
// i18n-iso-countries package), COW codes joined on ISO3 through text_to_CAMEO's country names,
// and three ISO 3166-3 former states with COW codes of their own. README.md explains each rule.
import isoCountries from 'i18n-iso-countries';
import { COUNTRY_SOURCE_IDS } from './country-sources.ts';
import {
  readCameoCountryNames,
  readCowStates,
  readFormerStates,
  type CowStateRow,
} from './reference-files.ts';

export interface Country {
  /** `country:ISO3`, the node id. */
  id: string;
  /** ISO 3166-1 alpha-3 (ISO 3166-3 for a former state). */
  iso3: string;
  iso2: string;
  /** Correlates of War state code; null for territories, which are not COW states. */
  cowCode: number | null;
  name: string;
  /** Other names, for search and for resolveCountryName; never the name itself. */
  aliases: string[];
  /** True for a state whose ISO code was withdrawn (ISO 3166-3). */
  former: boolean;
  /** Ids of the dataset Source nodes that this record is drawn from. */
  sources: string[];
}

/** text_to_CAMEO uses pre-ISO codes for two states; ISO 3166-1 has these since. */
const CAMEO_TO_ISO3: Record<string, string> = { KSV: 'XKK', TMP: 'TLS' };

/** COW codes that the text_to_CAMEO file lacks (a blank cell), checked against the COW list. */
const MISSING_COW_CODES: Record<string, number> = { GIN: 438 };

/**
 * i18n-iso-countries puts a formal or inverted form first for these ("Russian Federation",
 * "Taiwan, Province of China"); the common name, as COW and the press write it, reads better
 * in a graph. The formal forms stay as aliases.
 */
const COMMON_NAMES: Record<string, string> = {
  CHN: 'China',
  RUS: 'Russia',
  TWN: 'Taiwan',
  IRN: 'Iran',
  SYR: 'Syria',
  LAO: 'Laos',
  MDA: 'Moldova',
  TZA: 'Tanzania',
  GMB: 'Gambia',
  MKD: 'North Macedonia',
  BRN: 'Brunei',
  FSM: 'Micronesia',
  CZE: 'Czechia',
  VAT: 'Holy See',
};

/** Names the press uses that none of the files lists. */
const EXTRA_ALIASES: Record<string, string[]> = {
  GBR: ['Britain'],
  CHN: ['PRC'],
  PRK: ['DPRK', "Democratic People's Republic of Korea"],
  KOR: ['ROK'],
};

function uniqueAliases(name: string, candidates: Iterable<string>): string[] {
  const seen = new Set([name]);
  const aliases: string[] = [];
  for (const candidate of candidates) {
    if (candidate && !seen.has(candidate)) {
      seen.add(candidate);
      aliases.push(candidate);
    }
  }
  return aliases;
}

/** The latest COW name of each code (the file lists a renamed state once per name). */
function cowNamesByCode(rows: CowStateRow[]): Map<number, string[]> {
  const names = new Map<number, string[]>();
  for (const row of rows) names.set(row.cowCode, [...(names.get(row.cowCode) ?? []), row.name]);
  return names;
}

export function buildCountries(): Country[] {
  const cowNames = cowNamesByCode(readCowStates());
  const cowByIso3 = new Map<string, number>(Object.entries(MISSING_COW_CODES));
  const cameoNames = new Map<string, string[]>();
  for (const row of readCameoCountryNames()) {
    const iso3 = CAMEO_TO_ISO3[row.iso3] ?? row.iso3;
    // Only state rows: territory rows carry their administering state's code (Jersey GBR,
    // Mayotte FRA) and would make "Jersey" an alias of the United Kingdom. A COW code missing
    // from the COW list (Hong Kong 997) is not a state either.
    if (iso3.length !== 3 || row.cowCode === null || !cowNames.has(row.cowCode)) continue;
    cameoNames.set(iso3, [...(cameoNames.get(iso3) ?? []), row.name]);
    if (!cowByIso3.has(iso3)) cowByIso3.set(iso3, row.cowCode);
  }

  const englishNames = isoCountries.getNames('en', { select: 'all' });
  const current = Object.entries(isoCountries.getAlpha3Codes()).map(([iso3, iso2]): Country => {
    const isoNames = englishNames[iso2] ?? [];
    const cowCode = cowByIso3.get(iso3) ?? null;
    const name = COMMON_NAMES[iso3] ?? isoNames[0] ?? iso3;
    const aliasCandidates = [
      ...isoNames,
      ...(cowCode === null ? [] : (cowNames.get(cowCode) ?? [])),
      ...(cameoNames.get(iso3) ?? []),
      ...(EXTRA_ALIASES[iso3] ?? []),
    ];
    return {
      id: `country:${iso3}`,
      iso3,
      iso2,
      cowCode,
      name,
      aliases: uniqueAliases(name, aliasCandidates),
      former: false,
      sources: [
        COUNTRY_SOURCE_IDS.iso3166,
        ...(cowCode === null
          ? []
          : [COUNTRY_SOURCE_IDS.cowStateList, COUNTRY_SOURCE_IDS.cameoCountryNames]),
      ],
    };
  });

  const former = readFormerStates().map((row): Country => ({
    id: `country:${row.iso3}`,
    iso3: row.iso3,
    iso2: row.iso2,
    cowCode: row.cowCode,
    name: row.name,
    aliases: uniqueAliases(row.name, [...row.aliases, ...(cowNames.get(row.cowCode) ?? [])]),
    former: true,
    sources: [COUNTRY_SOURCE_IDS.iso3166Former, COUNTRY_SOURCE_IDS.cowStateList],
  }));

  return [...current, ...former].sort((a, b) => a.iso3.localeCompare(b.iso3));
}
