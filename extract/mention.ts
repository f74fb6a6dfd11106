// A named thing found in a sentence, before it becomes a candidate: organizations, places and
// weapon systems share this shape (people have their own, people.ts).

export interface Mention {
  /** Offsets in the document of the words that name it (and, for a place, its country). */
  start: number;
  end: number;
  name: string;
  country: string | null;
  sentenceIndex: number;
  rule: string;
  confidence: number;
}

/** Capitalised word as names of organizations and places use them ("Self-Defense", "Ministers'"). */
export const CAP_WORD = "(?:\\p{Lu}[\\p{L}\\p{M}\\p{N}'’-]*|\\uE000+)";

/** The text of [from, to) with runs of white space made one space. */
export function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** True when [start, end) overlaps any of the spans. */
export function overlaps(
  spans: readonly { start: number; end: number }[],
  start: number,
  end: number,
) {
  return spans.some((s) => start < s.end && end > s.start);
}
