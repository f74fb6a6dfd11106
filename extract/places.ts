// Places in a sentence: the gazetteer (capitals, sites, regions and waters), "in X, Y, Country"
// ("in Clark, Pampanga, Philippines"), "at ... Air Base / Bay / Palace", and, in a sentence
// that reports a meeting or visit, "in X" where X is no country, organization or person.
import { PhraseMatcher } from './gazetteer/phrase-matcher.ts';
import { knownPlaces, PLACE_HEADS, type KnownPlace } from './gazetteer/places.ts';
import { countryIn, maskCountries } from './mask.ts';
import { CAP_WORD, overlaps, tidy, type Mention } from './mention.ts';
import type { Sentence } from './sentences.ts';

/** Capitals that read as an ordinary word at a sentence's start. */
const NOT_PLACES: [string, null][] = [['Male', null]];
const known = new PhraseMatcher<KnownPlace>([...NOT_PLACES, ...knownPlaces()]);
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const HEAD = `(?:${[...PLACE_HEADS]
  .sort((a, b) => b.length - a.length)
  .map(esc)
  .join('|')})`;
const NOT_WORD =
  '(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|Part|Particular|Addition|Response|Order|Fact|Light|Support)(?![\\p{L}]))';
const PLACE_WORDS = `${NOT_WORD}\\p{Lu}[\\p{L}\\p{M}'’-]*(?:\\s+${NOT_WORD}\\p{Lu}[\\p{L}\\p{M}'’-]*){0,2}`;

/** "in Clark, Pampanga, Philippines": the place, a region, then its country. */
const IN_PLACE_COUNTRY = new RegExp(
  `(?<![\\p{L}])(?:in|at|near)\\s+(?<place>${PLACE_WORDS}(?:,\\s+${PLACE_WORDS})?),\\s+(?:the\\s+)?(?<country>\\uE000+)`,
  'dgu',
);
const SITE = new RegExp(
  `(?<![\\p{L}])(?:(?:in|at|to|near|from|around)\\s+(?:the\\s+)?)(?<place>(?:${CAP_WORD}\\s+){1,3}${HEAD}|(?:Camp|Fort|Joint Base)\\s+\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)?)(?![\\p{L}])`,
  'dgu',
);
const MEETING_WORDS = /\b(?:met|meet|meets|meeting|talks|visit|visited|hosted|welcomed|held)\b/i;
const IN_PLACE = new RegExp(
  `(?<![\\p{L}])in\\s+(?<place>${PLACE_WORDS})(?![\\p{L}\\p{M}'’-])`,
  'dgu',
);

/** Places of one sentence; `taken` spans (people, organizations) are not places. */
export function findPlaces(
  sentence: Sentence,
  taken: readonly { start: number; end: number }[],
): Mention[] {
  const { masked, countries } = maskCountries(sentence.text);
  const found: Mention[] = [];
  const add = (
    from: number,
    to: number,
    name: string,
    country: string | null,
    rule: string,
    confidence: number,
  ) => {
    const start = sentence.start + from;
    const end = sentence.start + to;
    if (overlaps(taken, start, end) || overlaps(found, start, end)) return;
    found.push({
      start,
      end,
      name: tidy(name),
      country,
      sentenceIndex: sentence.index,
      rule,
      confidence,
    });
  };
  for (const m of masked.matchAll(IN_PLACE_COUNTRY)) {
    const [ps, pe] = m.indices?.groups?.place ?? [0, 0];
    const [cs, ce] = m.indices?.groups?.country ?? [0, 0];
    add(
      ps,
      ce,
      sentence.text.slice(ps, pe),
      countryIn(countries, cs, ce),
      'place:in-place-country',
      0.8,
    );
  }
  for (const hit of known.find(sentence.text)) {
    const before = sentence.text.slice(0, hit.start);
    // "the Pentagon" is a place where one goes: at, to, in; otherwise it is the department.
    if (
      hit.text === 'Pentagon' &&
      !/\b(?:at|to|in|from|outside|near|inside|into)\s+the\s+$/i.test(before)
    )
      continue;
    add(
      hit.start,
      hit.end,
      hit.value.name,
      hit.value.country,
      hit.value.region ? 'place:region' : 'place:gazetteer',
      0.85,
    );
  }
  for (const m of masked.matchAll(SITE)) {
    const [ps, pe] = m.indices?.groups?.place ?? [0, 0];
    add(ps, pe, sentence.text.slice(ps, pe), countryIn(countries, ps, pe), 'place:site', 0.7);
  }
  if (MEETING_WORDS.test(sentence.text))
    for (const m of masked.matchAll(IN_PLACE)) {
      const [ps, pe] = m.indices?.groups?.place ?? [0, 0];
      add(ps, pe, sentence.text.slice(ps, pe), null, 'place:meeting-in', 0.5);
    }
  return found.sort((a, b) => a.start - b.start);
}
