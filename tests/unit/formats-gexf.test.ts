import GraphologyGraph, { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { toGEXF } from '../../schema/formats/index.ts';
import type { Graph } from '../../schema/graph.ts';
import { awkwardGraph, awkwardMeta } from '../fixtures/formats/awkward-graph.ts';
import {
  flat,
  nullProperties,
  plainProperties,
  quotesColumn,
  RENAMED,
  sourcesColumn,
} from '../fixtures/formats/expectations.ts';

const xml = toGEXF(awkwardGraph, awkwardMeta);
const readBack = parse(MultiDirectedGraph, xml);

interface Attribute {
  '@_id': string;
  '@_title': string;
  '@_type': string;
}

function declaredTypes(text: string): Record<'node' | 'edge', Map<string, string>> {
  const doc = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => ['attributes', 'attribute'].includes(name),
  }).parse(text);
  const out = { node: new Map<string, string>(), edge: new Map<string, string>() };
  for (const block of doc.gexf.graph.attributes as {
    '@_class': 'node' | 'edge';
    attribute: Attribute[];
  }[]) {
    for (const a of block.attribute) out[block['@_class']].set(a['@_title'], a['@_type']);
  }
  return out;
}

describe('toGEXF', () => {
  it('writes a well-formed GEXF 1.3 document', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(doc.gexf['@_version']).toBe('1.3');
    expect(doc.gexf['@_xmlns']).toBe('http://gexf.net/1.3');
    expect(doc.gexf.graph['@_defaultedgetype']).toBe('directed');
  });

  it('keeps every node id and every edge id, endpoint and type, parallel edges and self-loop included', () => {
    expect(readBack.nodes().sort()).toEqual(awkwardGraph.nodes.map((n) => n.id).sort());
    expect(readBack.size).toBe(awkwardGraph.edges.length);
    for (const edge of awkwardGraph.edges) {
      expect(readBack.hasEdge(edge.id), edge.id).toBe(true);
      expect(readBack.source(edge.id)).toBe(edge.source);
      expect(readBack.target(edge.id)).toBe(edge.target);
      const attributes = readBack.getEdgeAttributes(edge.id);
      expect(attributes.type).toBe(edge.type);
      // `kind` tells Gephi that parallel edges of different types are different edges.
      expect(attributes.kind).toBe(edge.type);
      expect(attributes.weight).toBe(edge.weight);
    }
  });

  it('reads properties back with their values and types; an empty string reads as absent', () => {
    for (const node of awkwardGraph.nodes) {
      const attributes = readBack.getNodeAttributes(node.id);
      expect(attributes.kind).toBe(node.kind);
      expect(attributes.label).toBe(node.label);
      for (const [key, value] of plainProperties(node)) {
        const expected = flat(value);
        if (expected === '') expect(attributes, `${node.id}.${key}`).not.toHaveProperty(key);
        else expect(attributes[key], `${node.id}.${key}`).toEqual(expected);
      }
      for (const key of nullProperties(node)) expect(attributes).not.toHaveProperty(key);
    }
    for (const edge of awkwardGraph.edges) {
      const attributes = readBack.getEdgeAttributes(edge.id);
      for (const [key, value] of plainProperties(edge)) {
        const expected = flat(value);
        if (expected === '') expect(attributes, `${edge.id}.${key}`).not.toHaveProperty(key);
        else expect(attributes[key], `${edge.id}.${key}`).toEqual(expected);
      }
      for (const key of nullProperties(edge)) expect(attributes).not.toHaveProperty(key);
    }
  });

  it('declares each attribute with the type of its values', () => {
    const types = declaredTypes(xml);
    expect(types.node.get('cowCode')).toBe('integer');
    expect(types.node.get('goldstein')).toBe('double');
    expect(types.node.get('public')).toBe('boolean');
    expect(types.node.get('aliases')).toBe('string');
    expect(types.node.get('cameoCode')).toBe('string');
    expect(types.edge.get('prop_weight')).toBe('integer');
    expect(types.edge.get('evidence')).toBe('string');
  });

  it('keeps a property that clashes with a fixed field as prop_<name> and writes an identical one once', () => {
    expect(readBack.getNodeAttribute('country:IND', 'prop_kind')).toBe(
      RENAMED['country:IND'].prop_kind,
    );
    expect(readBack.getEdgeAttribute('country:IND|DYAD_MONTH|country:JPN#1', 'prop_weight')).toBe(
      7,
    );
    expect(readBack.getEdgeAttributes('country:IND|DYAD_MONTH|country:JPN')).not.toHaveProperty(
      'prop_weight',
    );
  });

  it('carries evidence exactly as JSON and readably as sources and quotes', () => {
    for (const element of [...awkwardGraph.nodes, ...awkwardGraph.edges]) {
      const attributes =
        'kind' in element
          ? readBack.getNodeAttributes(element.id)
          : readBack.getEdgeAttributes(element.id);
      expect(JSON.parse(attributes.evidence), element.id).toEqual(element.evidence);
      for (const [name, expected] of [
        ['sources', sourcesColumn(element)],
        ['quotes', quotesColumn(element)],
      ] as const) {
        if (expected === '') expect(attributes).not.toHaveProperty(name);
        else expect(attributes[name], `${element.id}.${name}`).toBe(expected);
      }
    }
  });

  it('describes the view in <meta>: title, query, export time, truncation and sources', () => {
    const meta = new XMLParser().parse(xml).gexf.meta as Record<string, string>;
    expect(meta.creator).toBe('Entente');
    expect(meta.description).toContain(awkwardMeta.title);
    expect(meta.description).toContain(awkwardMeta.query);
    expect(meta.description).toContain(awkwardMeta.exportedAt);
    expect(meta.description).toContain('Truncated');
    expect(meta.description).toContain('source:article:2022-09-08-asahi');
  });

  it('strips characters XML 1.0 forbids', () => {
    const graph: Graph = {
      truncated: false,
      nodes: [
        {
          id: 'organization:bad',
          kind: 'ORGANIZATION',
          label: 'Bad\u0001 name\uFFFF',
          properties: { note: 'bell\u0007' },
          evidence: [],
        },
      ],
      edges: [],
    };
    const text = toGEXF(graph, awkwardMeta);
    for (const c of ['\u0001', '\u0007', '\uFFFF']) expect(text).not.toContain(c);
    // An edgeless file reads as a "mixed" graph, which a MultiDirectedGraph refuses.
    const node = parse(GraphologyGraph, text).getNodeAttributes('organization:bad');
    expect(node.label).toBe('Bad name');
    expect(node.note).toBe('bell');
  });
});
