// Country mentions masked in a sentence: each character of a hit becomes U+E000 (a private-use
// character no text contains), so the person, organization and place patterns can say "a
// country here" with `\uE000+` and still report offsets into the original sentence.
import { countryMatcher, type CountryWord } from './gazetteer/countries.ts';
import type { PhraseHit } from './gazetteer/phrase-matcher.ts';

export const MASK = '\uE000';
/** A masked country in a pattern. */
export const COUNTRY_SLOT = `${MASK}+`;

export interface MaskedSentence {
  /** The sentence with every country mention masked; same length as the original. */
  masked: string;
  /** Country hits, offsets relative to the sentence start. */
  countries: PhraseHit<CountryWord>[];
}

/**
 * The rules mask the same sentence several times (people, organizations, places, facts); the
 * last sentences' results are kept. The cache holds strings only, so it changes no result.
 */
const recent = new Map<string, MaskedSentence>();

export function maskCountries(sentence: string): MaskedSentence {
  const seen = recent.get(sentence);
  if (seen) return seen;
  const result = maskUncached(sentence);
  if (recent.size >= 256) recent.delete(recent.keys().next().value as string);
  recent.set(sentence, result);
  return result;
}

function maskUncached(sentence: string): MaskedSentence {
  const countries = countryMatcher.find(sentence);
  let masked = '';
  let cursor = 0;
  for (const hit of countries) {
    masked += sentence.slice(cursor, hit.start) + MASK.repeat(hit.end - hit.start);
    cursor = hit.end;
  }
  masked += sentence.slice(cursor);
  return { masked, countries };
}

/** The first country hit inside [from, to) of the sentence, if any. */
export function countryIn(
  countries: readonly PhraseHit<CountryWord>[],
  from: number,
  to: number,
): string | null {
  return countries.find((c) => c.start >= from && c.end <= to)?.value.iso3 ?? null;
}
