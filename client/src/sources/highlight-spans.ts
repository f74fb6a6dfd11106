// A source's text cut into runs for highlighting its candidates. Candidates overlap (an event's
// quote is a sentence that holds the people in it), so the text is cut at every start and end,
// and each run names every candidate covering it, the shortest first: clicking a run picks the
// most specific candidate, and nesting depth shows how many facts a word belongs to.

export interface Span {
  id: string;
  start: number;
  end: number;
}

export interface TextRun {
  start: number;
  end: number;
  /** The candidates covering this run, shortest span first (ties: earlier start, then id). */
  ids: string[];
}

/** Runs covering the whole text, in order; spans outside the text or empty are ignored. */
export function highlightRuns(textLength: number, spans: readonly Span[]): TextRun[] {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= textLength && s.start < s.end);
  const cuts = new Set<number>([0, textLength]);
  for (const span of valid) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const ordered = [...valid].sort(
    (a, b) =>
      a.end - a.start - (b.end - b.start) ||
      a.start - b.start ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const runs: TextRun[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const ids = ordered.filter((s) => s.start <= start && s.end >= end).map((s) => s.id);
    const last = runs.at(-1);
    // Neighbouring runs with the same candidates are one run (fewer elements to draw).
    if (last && sameIds(last.ids, ids)) last.end = end;
    else runs.push({ start, end, ids });
  }
  return runs;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** The selected range of a text as offsets, trimmed of surrounding white space; null if empty. */
export function trimmedRange(
  text: string,
  start: number,
  end: number,
): { start: number; end: number } | null {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  while (from < to && /\s/.test(text[from]!)) from += 1;
  while (to > from && /\s/.test(text[to - 1]!)) to -= 1;
  return from < to ? { start: from, end: to } : null;
}
