// Every way the press names a country: Entente's country reference (names and aliases: "U.S.",
// "ROK", "Britain"), demonyms ("Japanese", "Polish", "Saudi"), and blockers for phrases that
// contain a country's word but name something else ("Indian Ocean", "Latin American").
import { countries, resolveCountryName } from '../../countries/index.ts';
import { countryWords } from '../../countries/demonyms.ts';
import { PhraseMatcher } from './phrase-matcher.ts';

export interface CountryWord {
  iso3: string;
  /** 'name' for a name or alias, 'demonym' for an adjective of nationality. */
  form: 'name' | 'demonym';
}

/** Phrases with a country's word that do not name the country. */
const BLOCKERS = [
  'Indian Ocean',
  'Arabian Sea',
  'Arabian Peninsula',
  'Arabian Gulf',
  'Persian Gulf',
  'South China Sea',
  'East China Sea',
  'Sea of Japan',
  'Latin America',
  'Latin American',
  'South America',
  'South American',
  'North America',
  'North American',
  'Central America',
  'Central American',
  'New Mexico',
  'New Jersey',
  'New Guinea',
  'Gulf of Mexico',
  'Niger Delta',
  'Jordan River',
  'Georgia Tech',
];

/**
 * Names that read as an ordinary word or a first name more often than as the country. Others
 * that can be a person ("Jordan", "Georgia") stay: a hit inside a person's name is dropped.
 */
const TOO_AMBIGUOUS = new Set(['Chad', 'Jersey', 'Man']);

function entries(): [string, CountryWord | null][] {
  const list: [string, CountryWord | null][] = BLOCKERS.map((b) => [b, null]);
  for (const country of countries) {
    if (country.former) continue;
    for (const name of [country.name, ...country.aliases]) {
      // Inverted catalogue forms ("Korea, Republic of") never occur in prose; names another
      // country shares ("Congo") are refused by resolveCountryName and left out.
      if (name.includes(',') || resolveCountryName(name)?.iso3 !== country.iso3) continue;
      if (TOO_AMBIGUOUS.has(name)) continue;
      list.push([name, { iso3: country.iso3, form: 'name' }]);
      if (/^the /i.test(name)) list.push([name.slice(4), { iso3: country.iso3, form: 'name' }]);
    }
  }
  for (const words of countryWords)
    for (const demonym of words.demonyms)
      if (!demonym.includes(' or ')) list.push([demonym, { iso3: words.iso3, form: 'demonym' }]);
  return list;
}

export const countryMatcher = new PhraseMatcher<CountryWord>(entries());
