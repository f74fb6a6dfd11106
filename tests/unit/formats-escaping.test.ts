// Property tests: whatever text a source holds, every format reads it back. XML formats may only
// lose what XML 1.0 cannot hold at all; CSV and JSON lose nothing.
import fc from 'fast-check';
import GraphologyGraph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  toCSV,
  toGEXF,
  toGraphML,
  toJSON,
  type CytoscapeJson,
} from '../../schema/formats/index.ts';
import type { Evidence, Graph } from '../../schema/graph.ts';
import { awkwardMeta } from '../fixtures/formats/awkward-graph.ts';

/** XML 1.0 §2.2 Char, checked code point by code point (independent of the serializers' regex). */
function xmlChar(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  );
}
const xmlSafe = (s: string) => [...s].filter((c) => xmlChar(c.codePointAt(0)!)).join('');

const nasty = fc.constantFrom(
  '&',
  '<',
  '>',
  '"',
  "'",
  '\r',
  '\n',
  '\r\n',
  '\t',
  ' ',
  ',',
  ';',
  '; ',
  ']]>',
  '&amp;',
  '\u0000',
  '\u0001',
  '\u001f',
  '\uFFFE',
  '\uFFFF',
  '\uD800',
  '\uDC00',
  'é',
  '日本',
  '🚀',
  'a',
);
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: nasty, maxLength: 12 }),
);

function graphWith(s: string): Graph {
  return {
    truncated: false,
    nodes: [
      {
        id: 'organization:x',
        kind: 'ORGANIZATION',
        label: s,
        properties: { note: s, list: [s, 'x'] },
        evidence: [{ sourceId: 'source:x', sourceTitle: s, publisher: null, url: null, quote: s }],
      },
    ],
    edges: [
      {
        id: 'loop',
        source: 'organization:x',
        target: 'organization:x',
        type: 'PART_OF',
        weight: 1,
        properties: { note: s },
        evidence: [],
      },
    ],
  };
}

// Evidence is JSON text inside XML: JSON already escapes control characters and lone
// surrogates as \uXXXX, so only U+FFFE and U+FFFF (which JSON leaves raw) are stripped.
const viaJsonInXml = (s: string) => s.replace(/[\uFFFE\uFFFF]/g, '');

// A CSV file is UTF-8 bytes (csv-parse and the zip both encode), and UTF-8 cannot hold a lone
// surrogate: it becomes U+FFFD on the way, as in any UTF-8 file.
const viaUtf8 = (s: string) => new TextDecoder().decode(new TextEncoder().encode(s));

const RUNS = { numRuns: 150 };

describe('any text survives every format', () => {
  it('GraphML: well-formed, and reads back as the text minus characters XML forbids', () => {
    fc.assert(
      fc.property(text, (s) => {
        const xml = toGraphML(graphWith(s), { ...awkwardMeta, title: s });
        expect(XMLValidator.validate(xml)).toBe(true);
        const g = parseGraphml(GraphologyGraph, xml, {});
        const node = g.getNodeAttributes('organization:x');
        expect(node.label).toBe(xmlSafe(s));
        expect(node.note).toBe(xmlSafe(s));
        expect(node.list).toBe(`${xmlSafe(s)}; x`);
        expect(JSON.parse(node.evidence)[0].quote).toBe(viaJsonInXml(s));
        expect(g.getEdgeAttribute('loop', 'note')).toBe(xmlSafe(s));
        expect(g.getAttribute('title')).toBe(xmlSafe(s));
      }),
      RUNS,
    );
  });

  it('GEXF: well-formed, and reads back as the text minus characters XML forbids', () => {
    fc.assert(
      fc.property(text, (s) => {
        const xml = toGEXF(graphWith(s), { ...awkwardMeta, title: s });
        expect(XMLValidator.validate(xml)).toBe(true);
        const g = parseGexf(GraphologyGraph, xml);
        const node = g.getNodeAttributes('organization:x');
        const expected = xmlSafe(s);
        // GEXF writes no attvalue (and no label) for an empty string: it reads as absent.
        expect(node.label ?? '').toBe(expected);
        expect(node.note ?? '').toBe(expected);
        expect(node.list).toBe(`${expected}; x`);
        expect(JSON.parse(node.evidence)[0].quote).toBe(viaJsonInXml(s));
        expect(g.getEdgeAttribute('loop', 'note') ?? '').toBe(expected);
      }),
      RUNS,
    );
  });

  it('CSV: reads back exactly, as far as UTF-8 can hold the text', () => {
    fc.assert(
      fc.property(text, (raw) => {
        const { nodes, edges } = toCSV(graphWith(raw));
        const s = viaUtf8(raw);
        const [node] = parseCsv(nodes, { columns: true }) as Record<string, string>[];
        expect(node!.label).toBe(s);
        expect(node!.note).toBe(s);
        expect(node!.list).toBe(`${s}; x`);
        expect(node!.quotes).toBe(s);
        // JSON writes a lone surrogate as the ASCII escape \ud800, so evidence is exact even here.
        expect(JSON.parse(node!.evidence!)[0].quote).toBe(raw);
        const [edge] = parseCsv(edges, { columns: true }) as Record<string, string>[];
        expect(edge!.note).toBe(s);
      }),
      RUNS,
    );
  });

  it('JSON: reads back exactly, lists as lists', () => {
    fc.assert(
      fc.property(text, (s) => {
        const doc = JSON.parse(toJSON(graphWith(s), { ...awkwardMeta, title: s })) as CytoscapeJson;
        const data = doc.elements.nodes[0]!.data;
        expect(data.label).toBe(s);
        expect(data.list).toEqual([s, 'x']);
        expect((data.evidence as readonly Evidence[])[0]!.quote).toBe(s);
        expect(doc.data.title).toBe(s);
      }),
      RUNS,
    );
  });
});
