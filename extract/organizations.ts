// Organizations in a sentence: the gazetteer of alliances, armed groups, companies and national
// institutions, then patterns: "[country] ... Army/Navy/Self-Defense Force/Command" (an armed
// service or unit), "Ministry/Department of ..." (a ministry), and "Long Form (ACRONYM)".
import {
  KNOWN_ORGANIZATIONS,
  ORGANIZATION_HEADS,
  type KnownOrganization,
} from './gazetteer/organizations.ts';
import { PhraseMatcher } from './gazetteer/phrase-matcher.ts';
import { countryIn, maskCountries } from './mask.ts';
import { CAP_WORD, overlaps, tidy, type Mention } from './mention.ts';
import type { Sentence } from './sentences.ts';

const known = new PhraseMatcher<KnownOrganization>(KNOWN_ORGANIZATIONS);
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const HEAD = `(?:${[...ORGANIZATION_HEADS]
  .sort((a, b) => b.length - a.length)
  .map(esc)
  .join('|')})`;
const NOT_START = '(?!(?:The|A|An|This|That|Its|Their|His|Her|Our|During|After|Both)\\s)';

/** "U.S. Navy", "Japan Maritime Self-Defense Force", "Helicopter Maritime Strike Squadron". */
const UNIT = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])${NOT_START}(?:${CAP_WORD}\\s+){1,5}${HEAD}(?![\\p{L}\\p{N}-])`,
  'gu',
);
/** "Department of Defense", "Ministry of National Defense", "Ministry of Defence of Japan". */
const MINISTRY = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:Ministry|Department|Directorate|Bureau)\\s+of\\s+(?:the\\s+)?${CAP_WORD}(?:\\s+(?:(?:and|of|for|the)\\s+)?${CAP_WORD})*`,
  'gu',
);
/** "Japan Maritime Self-Defense Force (JMSDF)": the long form and its acronym. */
const ACRONYM = new RegExp(
  `(?<![\\p{L}\\p{N}])(?<long>${CAP_WORD}(?:\\s+(?:(?:of|for|and|the|&)\\s+)?${CAP_WORD}){1,7})\\s+\\((?<short>[A-Z][A-Za-z]*[A-Z](?:-[A-Z][a-z]+)?)\\)`,
  'dgu',
);
/** "IRIA is a research institute": a name the sentence itself calls an organization. */
const IS_AN_ORGANIZATION =
  /^(?<name>(?:\p{Lu}[\p{L}&'’-]*\s+){0,4}\p{Lu}[\p{L}&'’-]*)\s+is\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:institute|think\s+tank|company|firm|agency|organi[sz]ation|non-?profit|publisher|foundation|association|contractor|manufacturer)\b/du;
/** Long forms that name a weapon or an agreement, not an organization. */
const NOT_ORGANIZATION =
  /(?:Weapon|Missile|System|Vehicle|Aircraft|Ship|Rocket|Launcher|Agreement|Treaty|Accord|Pact|Arrangement|Memorandum|Understanding|Declaration|Initiative|Exercise)s?$/;

/**
 * Organizations of one sentence. `personSpans` are the people's title-and-name spans: a title
 * ("Pentagon Spokesman") is not the organization it names.
 */
export function findOrganizations(
  sentence: Sentence,
  personSpans: readonly { start: number; end: number }[],
): Mention[] {
  const { masked, countries } = maskCountries(sentence.text);
  const found: Mention[] = [];
  const add = (
    at: number,
    end: number,
    name: string,
    country: string | null,
    rule: string,
    confidence: number,
  ) => {
    const start = sentence.start + at;
    if (
      overlaps(personSpans, start, sentence.start + end) ||
      overlaps(found, start, sentence.start + end)
    )
      return;
    found.push({
      start,
      end: sentence.start + end,
      name: tidy(name),
      country,
      sentenceIndex: sentence.index,
      rule,
      confidence,
    });
  };
  for (const m of masked.matchAll(ACRONYM)) {
    const [ls, le] = m.indices?.groups?.long ?? [0, 0];
    const long = sentence.text.slice(ls, le).replace(/^(?:the|The)\s+/, '');
    if (
      NOT_ORGANIZATION.test(long) ||
      /\uE000/.test(
        masked
          .slice(ls, le)
          .replace(/^\uE000+\s*/, '')
          .slice(-1),
      )
    )
      continue;
    add(
      ls,
      (m.index ?? 0) + m[0].length,
      long,
      countryIn(countries, ls, le),
      'organization:acronym',
      0.8,
    );
  }
  const self = IS_AN_ORGANIZATION.exec(sentence.text);
  const [ns, ne] = self?.indices?.groups?.name ?? [0, 0];
  if (self) add(ns, ne, sentence.text.slice(ns, ne), null, 'organization:is-a', 0.7);
  for (const hit of known.find(sentence.text)) {
    const before = sentence.text.slice(0, hit.start);
    // "at the Pentagon" is the building (places.ts); "according to the Pentagon", the department.
    if (
      hit.text === 'Pentagon' &&
      /\b(?:at|to|in|from|outside|near|inside|into)\s+the\s+$/i.test(before)
    )
      continue;
    add(hit.start, hit.end, hit.value.name, hit.value.country, 'organization:gazetteer', 0.9);
  }
  for (const m of masked.matchAll(MINISTRY)) {
    const at = m.index ?? 0;
    add(
      at,
      at + m[0].length,
      sentence.text.slice(at, at + m[0].length),
      countryIn(countries, at, at + m[0].length),
      'organization:ministry',
      0.75,
    );
  }
  for (const m of masked.matchAll(UNIT)) {
    const at = m.index ?? 0;
    const text = sentence.text.slice(at, at + m[0].length);
    add(
      at,
      at + m[0].length,
      text,
      countryIn(countries, at, at + m[0].length),
      'organization:unit',
      0.7,
    );
  }
  return found.sort((a, b) => a.start - b.start);
}
