import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { csvField, toCSV, toCSVZip } from '../../schema/formats/index.ts';
import { awkwardGraph, awkwardMeta } from '../fixtures/formats/awkward-graph.ts';
import {
  flat,
  nullProperties,
  plainProperties,
  quotesColumn,
  RENAMED,
  sourcesColumn,
} from '../fixtures/formats/expectations.ts';

type Row = Record<string, string>;

const { nodes, edges } = toCSV(awkwardGraph);
// csv-parse is strict by default: a row with a different field count or a stray quote throws.
const nodeRows: Row[] = parse(nodes, { columns: true });
const edgeRows: Row[] = parse(edges, { columns: true });
const nodeRow = (id: string) => nodeRows.find((r) => r.id === id)!;
const edgeRow = (id: string) => edgeRows.find((r) => r.id === id)!;

/** CSV has no types: a value reads back as its text; an empty cell means no value. */
function cellOf(value: Parameters<typeof flat>[0]): string {
  const cell = flat(value);
  return cell === undefined ? '' : String(cell);
}

describe('toCSV', () => {
  it('starts each table with a header row of the fixed columns, properties sorted, then evidence', () => {
    const [nodeHeader] = parse(nodes, { to_line: 1 }) as string[][];
    expect(nodeHeader!.slice(0, 3)).toEqual(['id', 'kind', 'label']);
    expect(nodeHeader!.slice(-3)).toEqual(['sources', 'quotes', 'evidence']);
    const middle = nodeHeader!.slice(3, -3);
    expect(middle).toEqual([...middle].sort());
    expect(middle).toEqual(expect.arrayContaining(['aliases', 'cowCode', 'empty', 'prop_kind']));
    const [edgeHeader] = parse(edges, { to_line: 1 }) as string[][];
    expect(edgeHeader!.slice(0, 5)).toEqual(['id', 'source', 'target', 'type', 'weight']);
    expect(edgeHeader!.slice(-3)).toEqual(['sources', 'quotes', 'evidence']);
  });

  it('ends every record with CRLF, as RFC 4180 asks', () => {
    expect(nodes.endsWith('\r\n')).toBe(true);
    // Line breaks inside quoted fields are data; outside them, every record ends with CRLF.
    expect(edges.replace(/"(?:[^"]|"")*"/g, '').match(/[^\r]\n/)).toBeNull();
  });

  it('keeps every node and edge with ids, endpoints and types, parallel edges and self-loop included', () => {
    expect(nodeRows.map((r) => r.id)).toEqual(awkwardGraph.nodes.map((n) => n.id));
    expect(edgeRows.map((r) => [r.id, r.source, r.target, r.type, Number(r.weight)])).toEqual(
      awkwardGraph.edges.map((e) => [e.id, e.source, e.target, e.type, e.weight]),
    );
  });

  it('reads every property back as its text, quotes, commas and line breaks included', () => {
    for (const node of awkwardGraph.nodes) {
      const row = nodeRow(node.id);
      expect(row.kind).toBe(node.kind);
      expect(row.label).toBe(node.label);
      for (const [key, value] of plainProperties(node)) {
        expect(row[key], `${node.id}.${key}`).toBe(cellOf(value));
      }
      // A null is no value: an empty cell, or no column when no row has one.
      for (const key of nullProperties(node)) expect(row[key] ?? '').toBe('');
    }
    for (const edge of awkwardGraph.edges) {
      const row = edgeRow(edge.id);
      for (const [key, value] of plainProperties(edge)) {
        expect(row[key], `${edge.id}.${key}`).toBe(cellOf(value));
      }
    }
    expect(nodeRow('country:IND').prop_kind).toBe(RENAMED['country:IND'].prop_kind);
    expect(edgeRow('country:IND|DYAD_MONTH|country:JPN#1').prop_weight).toBe('7');
    expect(edgeRow('country:IND|DYAD_MONTH|country:JPN').prop_weight).toBe('');
  });

  it('carries evidence as sources and quotes columns and exactly as JSON', () => {
    for (const [element, row] of [
      ...awkwardGraph.nodes.map((n) => [n, nodeRow(n.id)] as const),
      ...awkwardGraph.edges.map((e) => [e, edgeRow(e.id)] as const),
    ]) {
      expect(row.sources).toBe(sourcesColumn(element));
      expect(row.quotes).toBe(quotesColumn(element));
      expect(JSON.parse(row.evidence!)).toEqual(element.evidence);
    }
  });

  it('quotes a field only when it must, doubling inner quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField(' padded ')).toBe('" padded "');
    expect(csvField(undefined)).toBe('');
    expect(csvField(2.5)).toBe('2.5');
  });
});

describe('toCSVZip', () => {
  const files = unzipSync(toCSVZip(awkwardGraph, awkwardMeta));

  it('holds nodes.csv and edges.csv exactly as toCSV writes them, and a README', () => {
    expect(Object.keys(files).sort()).toEqual(['README.txt', 'edges.csv', 'nodes.csv']);
    expect(strFromU8(files['nodes.csv']!)).toBe(nodes);
    expect(strFromU8(files['edges.csv']!)).toBe(edges);
  });

  it('names the view, the query, the export time and every cited source in README.txt', () => {
    const readme = strFromU8(files['README.txt']!);
    expect(readme).toContain(awkwardMeta.title);
    expect(readme).toContain(awkwardMeta.query);
    expect(readme).toContain(awkwardMeta.exportedAt);
    expect(readme).toContain('Truncated');
    expect(readme).toContain('Sources (2)');
    expect(readme).toContain(
      'source:gdelt:20220908: GDELT 1.0 daily export 2022-09-08 (GDELT Project)',
    );
    expect(readme).toContain('https://example.org/news?id=1&lang=en');
  });

  it('gives the same bytes for the same graph and meta', () => {
    expect(toCSVZip(awkwardGraph, awkwardMeta)).toEqual(toCSVZip(awkwardGraph, awkwardMeta));
  });

  it('still zips when the export time is outside the range zip dates can hold', () => {
    const zip = toCSVZip(awkwardGraph, { ...awkwardMeta, exportedAt: 'not a date' });
    expect(Object.keys(unzipSync(zip))).toHaveLength(3);
  });
});
