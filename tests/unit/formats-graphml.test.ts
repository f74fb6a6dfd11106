import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-graphml';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { toGraphML } from '../../schema/formats/index.ts';
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

const xml = toGraphML(awkwardGraph, awkwardMeta);
const readBack = parse(MultiDirectedGraph, xml);

interface Key {
  '@_id': string;
  '@_for': string;
  '@_attr.name': string;
  '@_attr.type': string;
}

function structure(text: string) {
  const doc = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => ['key', 'node', 'edge', 'data'].includes(name),
  }).parse(text);
  return doc.graphml as {
    key: Key[];
    graph: { node: { data?: { '@_key': string }[] }[]; edge: { data?: { '@_key': string }[] }[] };
  };
}

describe('toGraphML', () => {
  it('writes a well-formed document', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('keeps every node id and every edge id, endpoint and type, parallel edges and self-loop included', () => {
    expect(readBack.nodes().sort()).toEqual(awkwardGraph.nodes.map((n) => n.id).sort());
    expect(readBack.size).toBe(awkwardGraph.edges.length);
    for (const edge of awkwardGraph.edges) {
      expect(readBack.hasEdge(edge.id), edge.id).toBe(true);
      expect(readBack.source(edge.id)).toBe(edge.source);
      expect(readBack.target(edge.id)).toBe(edge.target);
      expect(readBack.getEdgeAttribute(edge.id, 'type')).toBe(edge.type);
      expect(readBack.getEdgeAttribute(edge.id, 'weight')).toBe(edge.weight);
    }
  });

  it('reads properties back with their values and types: escaped text, numbers, booleans, lists, empty strings', () => {
    for (const node of awkwardGraph.nodes) {
      const attributes = readBack.getNodeAttributes(node.id);
      expect(attributes.kind).toBe(node.kind);
      expect(attributes.label).toBe(node.label);
      for (const [key, value] of plainProperties(node)) {
        expect(attributes[key], `${node.id}.${key}`).toEqual(flat(value));
      }
      for (const key of nullProperties(node)) expect(attributes).not.toHaveProperty(key);
    }
    for (const edge of awkwardGraph.edges) {
      const attributes = readBack.getEdgeAttributes(edge.id);
      for (const [key, value] of plainProperties(edge)) {
        expect(attributes[key], `${edge.id}.${key}`).toEqual(flat(value));
      }
      for (const key of nullProperties(edge)) expect(attributes).not.toHaveProperty(key);
    }
  });

  it('keeps a property that clashes with a fixed field as prop_<name> and writes an identical one once', () => {
    expect(readBack.getNodeAttribute('country:IND', 'prop_kind')).toBe(
      RENAMED['country:IND'].prop_kind,
    );
    expect(readBack.getNodeAttribute('country:IND', 'kind')).toBe('COUNTRY');
    const parallel = readBack.getEdgeAttributes('country:IND|DYAD_MONTH|country:JPN#1');
    expect(parallel.prop_weight).toBe(7);
    expect(parallel.weight).toBe(1);
    expect(readBack.getEdgeAttributes('country:IND|DYAD_MONTH|country:JPN')).not.toHaveProperty(
      'prop_weight',
    );
  });

  it('carries evidence exactly as JSON and readably as sources and quotes, also for a node with none', () => {
    for (const element of [...awkwardGraph.nodes, ...awkwardGraph.edges]) {
      const attributes =
        'kind' in element
          ? readBack.getNodeAttributes(element.id)
          : readBack.getEdgeAttributes(element.id);
      expect(JSON.parse(attributes.evidence), element.id).toEqual(element.evidence);
      expect(attributes.sources).toBe(sourcesColumn(element));
      expect(attributes.quotes).toBe(quotesColumn(element));
    }
    expect(readBack.getNodeAttribute('country:IND', 'evidence')).toBe('[]');
  });

  it('declares typed keys that every <data> refers to, with ids Gephi does not remap', () => {
    const doc = structure(xml);
    const keys = new Map(doc.key.map((k) => [k['@_id'], k]));
    expect(keys.size).toBe(doc.key.length);
    const typeOf = (domain: string, name: string) =>
      doc.key.find((k) => k['@_for'] === domain && k['@_attr.name'] === name)?.['@_attr.type'];
    expect(typeOf('node', 'cowCode')).toBe('int');
    expect(typeOf('node', 'goldstein')).toBe('double');
    expect(typeOf('node', 'public')).toBe('boolean');
    expect(typeOf('node', 'aliases')).toBe('string');
    expect(typeOf('node', 'evidence')).toBe('string');
    expect(typeOf('edge', 'weight')).toBe('double');
    expect(typeOf('graph', 'truncated')).toBe('boolean');
    // Gephi reads a key id of d3 (node) or d7 (edge) as the label, whatever its attr.name.
    expect([...keys.keys()].some((id) => /^d\d+$/.test(id))).toBe(false);
    for (const [domain, elements] of [
      ['node', doc.graph.node],
      ['edge', doc.graph.edge],
    ] as const) {
      for (const element of elements) {
        for (const data of element.data ?? []) {
          expect(keys.get(data['@_key'])?.['@_for']).toBe(domain);
        }
      }
    }
  });

  it('says which view it is: title, query, export time, truncation and sources', () => {
    expect(readBack.getAttribute('title')).toBe(awkwardMeta.title);
    expect(readBack.getAttribute('query')).toBe(awkwardMeta.query);
    expect(readBack.getAttribute('exportedAt')).toBe(awkwardMeta.exportedAt);
    expect(readBack.getAttribute('truncated')).toBe(true);
    expect(readBack.getAttribute('sources')).toContain('source:article:2022-09-08-asahi');
    const desc = new XMLParser().parse(xml).graphml.desc as string;
    expect(desc).toContain(awkwardMeta.title);
    expect(desc).toContain(awkwardMeta.query);
  });

  it('strips characters XML 1.0 forbids instead of writing a file no parser accepts', () => {
    const graph: Graph = {
      truncated: false,
      nodes: [
        {
          id: 'organization:bad',
          kind: 'ORGANIZATION',
          label: 'Bad\u0001 name\uFFFE\uD800',
          properties: { note: 'bell\u0007' },
          evidence: [],
        },
      ],
      edges: [],
    };
    const text = toGraphML(graph, awkwardMeta);
    expect(XMLValidator.validate(text)).toBe(true);
    const node = parse(MultiDirectedGraph, text).getNodeAttributes('organization:bad');
    expect(node.label).toBe('Bad name');
    expect(node.note).toBe('bell');
  });
});
