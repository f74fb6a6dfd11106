// extract() on text no rule was written for: arbitrary Unicode, Windows line ends, fragments
// of real sentences shuffled. It must not throw, and every quote must still be the text's own.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../extract/candidate.ts';
import { extract } from '../../extract/extract.ts';

function expectVerbatim(text: string, result: Extraction) {
  for (const c of result.candidates) {
    expect(text.slice(c.start, c.end)).toBe(c.quote);
    for (const e of c.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
  }
}

const readout = readFileSync(
  new URL('../fixtures/texts/02-dod-mattis-mohammed-bin-salman-saudi-arabia.txt', import.meta.url),
  'utf8',
);
const words = readout.split(/(\s+)/);

describe('extract on unexpected text', () => {
  it('never throws and quotes verbatim on arbitrary Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        expectVerbatim(text, extract(text, { publishedAt: '2020-02-29' }));
      }),
      { numRuns: 200 },
    );
  });

  it('never throws and quotes verbatim on shuffled pieces of a readout', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 120 }), (pieces) => {
        const text = pieces.join('');
        expectVerbatim(text, extract(text));
      }),
      { numRuns: 150 },
    );
  });

  it('finds the same facts in a text with Windows line ends, at its own offsets', () => {
    const crlf = readout.replace(/\n/g, '\r\n');
    const a = extract(readout).candidates;
    const b = extract(crlf).candidates;
    expectVerbatim(crlf, { document: extract(crlf).document, candidates: b });
    const facts = (list: typeof a) =>
      list.map(({ key: _k, start: _s, end: _e, evidence: _v, quote, ...rest }) => ({
        ...rest,
        quote: quote.replace(/\r/g, ''),
      }));
    expect(facts(b)).toEqual(facts(a));
  });
});
