// ICEWS actors → graph nodes. ICEWS names three kinds of actor:
//  1. a state ("United States", "Russia": the name is a country's) → that Country takes part
//     itself, no node of its own;
//  2. a sector of a country ("High Ranking Military Personnel (Vietnam)", "Police (India)",
//     "Citizen (India)"): the name with its country in parentheses → an Organization
//     `organization:icews:<slug>` keeping the name and its ICEWS `sectors`, PART_OF its country
//     (the db writer's link for dataset actors: a ministry, an army or a country's citizens are
//     part of that country, where SIPRI's armed groups are only LOCATED_IN one);
//  3. a named actor without parentheses: an organization when its name says so (a word such as
//     Party, Commission, Police, Nations, Union, Organization; or one word only: "Taliban",
//     "Hamas", "Disney"), else a person ("Donald Trump", "Kim Jong-Un") → `person:icews:<slug>`,
//     PART_OF the actor's country when ICEWS gives one. The split is a rule on the name, not
//     ICEWS's (the Dataverse files do not say which actors are people); what it chose is
//     counted in the import's notes.
// "Unspecified Actor" and regions ("Southeast Asia", country NA) get no node: the event keeps
// its other participants, as a GDELT event with a CAMEO region code does.
import { byIso3, resolveCountryName, type Country } from '../../../schema/countries/index.ts';

/** ICEWS country names the reference does not know. */
const ICEWS_COUNTRIES: Readonly<Record<string, string>> = {
  'Occupied Palestinian Territory': 'PSE',
  'Palestinian Territory, Occupied': 'PSE',
  // ICEWS names the Democratic Republic "Democratic Republic of Congo".
  Congo: 'COG',
};

const ORGANIZATION_WORDS =
  /\b(party|parties|organi[sz]ation|commission|council|committee|union|nations|association|institute|service|police|force|forces|army|navy|guard|ministry|department|agency|court|bank|group|front|movement|government|parliament|congress|league|alliance|company|corporation|inc|ltd|university|news|media|fund|office|authority|assembly|board|dal|morcha|janata|federation|coalition|network|foundation|church|club|rebels|militants)\b/i;
const REGION_WORDS = /\b(asia|africa|europe|america|middle east|caribbean|pacific|world)\b/i;

export function icewsCountry(name: string): Country | undefined {
  if (!name) return undefined;
  const iso3 = ICEWS_COUNTRIES[name];
  return iso3 ? byIso3(iso3) : resolveCountryName(name);
}

export type ActorKind =
  | { kind: 'state'; country: Country }
  | { kind: 'organization' | 'person'; name: string; country: Country | undefined }
  | { kind: 'none'; why: 'unspecified' | 'region' | 'empty' };

export function actorKind(name: string, countryName: string): ActorKind {
  if (!name) return { kind: 'none', why: 'empty' };
  if (name === 'Unspecified Actor') return { kind: 'none', why: 'unspecified' };
  const asState = icewsCountry(name);
  if (asState) return { kind: 'state', country: asState };
  const country = icewsCountry(countryName);
  if (/\([^)]+\)\s*$/.test(name)) return { kind: 'organization', name, country };
  if (!country && REGION_WORDS.test(name)) return { kind: 'none', why: 'region' };
  const words = name.split(/\s+/).length;
  const organization = words === 1 || ORGANIZATION_WORDS.test(name);
  return { kind: organization ? 'organization' : 'person', name, country };
}
