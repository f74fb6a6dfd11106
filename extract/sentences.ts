// Sentences with their offsets in the original text. compromise's tokenizer ('compromise/one',
// no tagger, no model) finds the boundaries: it knows abbreviations ("Dr.", "Capt.", "U.S.",
// "Oct.") and initials ("James H. Anderson"), which a split on '. ' does not. A line break is
// always a boundary: saved pages put each paragraph, heading and caption on its own line, and
// a heading has no full stop to end it.
import nlp from 'compromise/one';

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

interface OffsetJson {
  offset?: { start: number; length: number };
}

/** Sentences of one line, trimmed, with offsets into the whole text. */
function splitLine(line: string, lineStart: number): Omit<Sentence, 'index'>[] {
  const parts: Omit<Sentence, 'index'>[] = [];
  // `terms: false` (faster: no per-word objects) is an option compromise's types do not list.
  const view = nlp.tokenize(line) as unknown as { json(options: object): OffsetJson[] };
  const found = view.json({ offset: true, terms: false });
  let cursor = 0;
  for (const item of found) {
    if (!item.offset) continue;
    const from = Math.max(item.offset.start, cursor);
    const to = Math.min(line.length, item.offset.start + item.offset.length);
    cursor = to;
    pushTrimmed(parts, line, from, to, lineStart);
  }
  // compromise drops what it cannot tokenize (a lone symbol); nothing of a line is lost here,
  // because the rules only look inside sentences and a dropped symbol names nothing.
  if (parts.length === 0) pushTrimmed(parts, line, 0, line.length, lineStart);
  return parts;
}

/**
 * compromise keeps a sentence that ends inside a quotation joined to the next one
 * (`cooperation.” “We can never`); a full stop before a closing quote and a capital after it
 * is a boundary too.
 */
const AFTER_CLOSING_QUOTE = /(?<=[.!?][”"’])\s+(?=[“"‘]?\p{Lu})/gu;

function pushTrimmed(
  parts: Omit<Sentence, 'index'>[],
  line: string,
  from: number,
  to: number,
  lineStart: number,
): void {
  const piece = line.slice(from, to);
  let cursor = from;
  for (const m of piece.matchAll(AFTER_CLOSING_QUOTE)) {
    const at = from + (m.index ?? 0);
    pushOne(parts, line, cursor, at, lineStart);
    cursor = at + m[0].length;
  }
  pushOne(parts, line, cursor, to, lineStart);
}

function pushOne(
  parts: Omit<Sentence, 'index'>[],
  line: string,
  from: number,
  to: number,
  lineStart: number,
): void {
  let a = from;
  let b = to;
  while (a < b && /\s/.test(line[a] ?? '')) a++;
  while (b > a && /\s/.test(line[b - 1] ?? '')) b--;
  if (b > a) parts.push({ start: lineStart + a, end: lineStart + b, text: line.slice(a, b) });
}

/**
 * Splits `text` into sentences, skipping the spans in `skip` (front matter lines that are not
 * prose). Offsets are UTF-16 indexes into `text`, as String.prototype.slice counts them.
 */
export function splitSentences(text: string, skip: readonly [number, number][] = []): Sentence[] {
  const sentences: Sentence[] = [];
  const lineBreak = /\r?\n|\r/g;
  let lineStart = 0;
  const lines: [number, number][] = [];
  for (let m = lineBreak.exec(text); m; m = lineBreak.exec(text)) {
    lines.push([lineStart, m.index]);
    lineStart = m.index + m[0].length;
  }
  lines.push([lineStart, text.length]);
  for (const [lineFrom, to] of lines) {
    // A skipped span at a line's start (a "Title:" key) moves the line's start past it.
    const from = skip.find(([a, b]) => a <= lineFrom && b > lineFrom && b < to)?.[1] ?? lineFrom;
    if (to <= from || skip.some(([a, b]) => from >= a && to <= b)) continue;
    const line = text.slice(from, to);
    if (!/\p{L}/u.test(line)) continue;
    for (const part of splitLine(line, from)) sentences.push({ ...part, index: sentences.length });
  }
  return sentences;
}
