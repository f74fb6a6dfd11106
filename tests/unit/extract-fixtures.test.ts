// Every development and held-out text through the extractor: every quote is the text's own
// substring, the output keeps the contract (zod), keys are stable and unique, and the
// development set meets the bar (BENCHMARKS.md, "Extraction").
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractionSchema } from '../../extract/candidate.ts';
import { extract } from '../../extract/extract.ts';
import { goldSchema } from '../../extract/eval/gold-schema.ts';
import { scoreDocument, type DocumentScore } from '../../extract/eval/score.ts';

const textDir = new URL('../fixtures/texts/', import.meta.url);
const goldDir = new URL('../../extract/eval/gold/', import.meta.url);

function documents(sub: string) {
  const dir = new URL(sub, goldDir);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => {
      const gold = goldSchema.parse(JSON.parse(readFileSync(new URL(f, dir), 'utf8')));
      const text = readFileSync(new URL(`${sub}${gold.file}`, textDir), 'utf8');
      return { gold, text, meta: { url: gold.meta.url, publishedAt: gold.meta.publishedAt } };
    });
}

const all = [...documents(''), ...documents('held-out/')];

describe.each(all.map((d) => [d.gold.file, d] as const))('%s', (_file, { text, meta }) => {
  const result = extract(text, meta);

  it('quotes every candidate and every piece of evidence verbatim', () => {
    for (const c of result.candidates) {
      expect(text.slice(c.start, c.end)).toBe(c.quote);
      for (const e of c.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
    }
  });

  it('keeps the output contract', () => {
    expect(() => extractionSchema.parse(result)).not.toThrow();
  });

  it('gives each candidate a unique key, the same on a second run', () => {
    const keys = result.candidates.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(extract(text, meta).candidates.map((c) => c.key)).toEqual(keys);
  });
});

describe('the development set', () => {
  const scores = documents('').map((d) => scoreDocument(d.gold, extract(d.text, d.meta), d.text));
  const sum = (pick: (s: DocumentScore) => { tp: number; fp: number; fn: number }) =>
    scores.map(pick).reduce((a, t) => ({ tp: a.tp + t.tp, fp: a.fp + t.fp, fn: a.fn + t.fn }), {
      tp: 0,
      fp: 0,
      fn: 0,
    });
  const precision = (t: { tp: number; fp: number }) => t.tp / (t.tp + t.fp);
  const recall = (t: { tp: number; fn: number }) => t.tp / (t.tp + t.fn);

  it('finds countries and people with precision ≥ 0.9 and recall ≥ 0.85', () => {
    for (const t of [sum((s) => s.countries), sum((s) => s.people)]) {
      expect(precision(t)).toBeGreaterThanOrEqual(0.9);
      expect(recall(t)).toBeGreaterThanOrEqual(0.85);
    }
  });

  it('finds meetings with the right parties (recall ≥ 0.75), the date right in ≥ 90% of them', () => {
    const t = sum((s) => s.meetings);
    expect(recall(t)).toBeGreaterThanOrEqual(0.75);
    expect(scores.reduce((a, s) => a + s.meetings.dateRight, 0) / t.tp).toBeGreaterThanOrEqual(0.9);
  });

  it('finds agreements with the right parties (recall ≥ 0.6)', () => {
    expect(recall(sum((s) => s.agreements))).toBeGreaterThanOrEqual(0.6);
  });

  it('invents no date', () => {
    expect(scores.reduce((a, s) => a + s.inventedDates, 0)).toBe(0);
  });
});
