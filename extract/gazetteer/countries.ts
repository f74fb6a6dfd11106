// Every way the press names a country: Entente's country reference (names and aliases: "U.S.",
// "ROK", "Britain"), demonyms ("Japanese", "Polish", "Saudi"), and blockers for phrases that
// contain a country's word but name something else ("Indian Ocean", "Latin American").
import { byIso3, countries, resolveCountryName } from '../../schema/countries/index.ts';
import { countryWords } from '../../schema/countries/demonyms.ts';
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
  // "American" is the demonym of the United States and of five U.S. territories: a demonym
  // that several entries share goes to the one sovereign state among them, else to none.
  const owners = new Map<string, string[]>();
  for (const words of countryWords)
    for (const demonym of words.demonyms)
      if (!demonym.includes(' or '))
        owners.set(demonym, [...(owners.get(demonym) ?? []), words.iso3]);
  for (const [demonym, codes] of owners) {
    const states = codes.filter((code) => byIso3(code)?.cowCode !== null);
    const owner = codes.length === 1 ? codes[0] : states.length === 1 ? states[0] : undefined;
    if (owner) list.push([demonym, { iso3: owner, form: 'demonym' }]);
  }
  return list;
}

export const countryMatcher = new PhraseMatcher<CountryWord>(entries());
