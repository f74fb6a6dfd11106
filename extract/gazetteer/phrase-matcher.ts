// One regular expression over many phrases, longest first, matched case-sensitively on word
// boundaries: the way every gazetteer here (countries, places, organizations, weapons) finds its
// entries in a sentence. A phrase mapped to `null` is a blocker: it consumes the text so that a
// shorter entry inside it does not match ("Indian Ocean" is not India, "New Jersey" not Jersey).
import { triePattern } from './trie-pattern.ts';

export interface PhraseHit<T> {
  start: number;
  end: number;
  text: string;
  value: T;
}

export class PhraseMatcher<T> {
  private readonly pattern: RegExp | null;
  private readonly values = new Map<string, T | null>();

  constructor(entries: Iterable<[string, T | null]>) {
    for (const [phrase, value] of entries) {
      const key = phrase.replace(/\s+/g, ' ').trim();
      if (!key) continue;
      // The first value given for a phrase wins; a blocker wins over everything.
      if (!this.values.has(key) || value === null) this.values.set(key, value);
    }
    this.pattern = this.values.size
      ? new RegExp(`(?<![\\p{L}\\p{N}])${triePattern(this.values.keys())}(?![\\p{L}\\p{N}])`, 'gu')
      : null;
  }

  /** Non-overlapping hits in `text`, left to right, longest phrase first at each position. */
  find(text: string, offset = 0): PhraseHit<T>[] {
    if (!this.pattern) return [];
    const hits: PhraseHit<T>[] = [];
    for (const m of text.matchAll(this.pattern)) {
      const value = this.values.get(m[0].replace(/\s+/g, ' '));
      if (value === undefined || value === null) continue;
      const start = offset + (m.index ?? 0);
      hits.push({ start, end: start + m[0].length, text: m[0], value });
    }
    return hits;
  }
}
