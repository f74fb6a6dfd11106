// Weapon systems in a sentence: designators ("AGM-183A", "MH-60R Seahawk"), named systems
// ("HIMARS", "Patriot") and categories ("hypersonic missiles").
import { PhraseMatcher } from './gazetteer/phrase-matcher.ts';
import { NAMED_WEAPONS, WEAPON_CATEGORY } from './gazetteer/weapons.ts';
import { overlaps, tidy, type Mention } from './mention.ts';
import type { Sentence } from './sentences.ts';

const named = new PhraseMatcher<string>(NAMED_WEAPONS.map((n) => [n, n]));
/** A designator, optionally followed by a known name ("MH-60R Seahawk"). */
const DESIGNATOR = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?!COVID|NR-|SARS)[A-Z]{1,4}-\\d{1,3}[A-Z]{0,2}(?![\\p{L}\\p{N}]|-\\d)(?:\\s+(?:${NAMED_WEAPONS.join('|')})(?![\\p{L}]))?`,
  'gu',
);

export function findWeapons(
  sentence: Sentence,
  taken: readonly { start: number; end: number }[],
): Mention[] {
  const found: Mention[] = [];
  const add = (at: number, text: string, rule: string, confidence: number) => {
    const start = sentence.start + at;
    const end = start + text.length;
    if (overlaps(taken, start, end) || overlaps(found, start, end)) return;
    found.push({
      start,
      end,
      name: tidy(text),
      country: null,
      sentenceIndex: sentence.index,
      rule,
      confidence,
    });
  };
  for (const m of sentence.text.matchAll(DESIGNATOR))
    add(m.index ?? 0, m[0], 'weapon:designator', 0.8);
  for (const hit of named.find(sentence.text)) add(hit.start, hit.text, 'weapon:gazetteer', 0.7);
  for (const m of sentence.text.matchAll(WEAPON_CATEGORY))
    add(m.index ?? 0, m[0], 'weapon:category', 0.5);
  return found.sort((a, b) => a.start - b.start);
}
