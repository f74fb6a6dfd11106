import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { toJSON, type CytoscapeJson } from '../../schema/formats/index.ts';
import { awkwardGraph, awkwardMeta } from '../fixtures/formats/awkward-graph.ts';
import { nullProperties, plainProperties } from '../fixtures/formats/expectations.ts';

const text = toJSON(awkwardGraph, awkwardMeta);
const doc = JSON.parse(text) as CytoscapeJson;
const nodeData = (id: string) => doc.elements.nodes.find((n) => n.data.id === id)!.data;
const edgeData = (id: string) => doc.elements.edges.find((e) => e.data.id === id)!.data;

describe('toJSON (Cytoscape JSON)', () => {
  it('keeps every node and edge with ids, endpoints, types and weights', () => {
    expect(doc.elements.nodes.map((n) => n.data.id)).toEqual(awkwardGraph.nodes.map((n) => n.id));
    expect(
      doc.elements.edges.map((e) => [
        e.data.id,
        e.data.source,
        e.data.target,
        e.data.type,
        e.data.weight,
      ]),
    ).toEqual(awkwardGraph.edges.map((e) => [e.id, e.source, e.target, e.type, e.weight]));
  });

  it('keeps property values with their JSON types: lists stay lists, empty strings stay, nulls are left out', () => {
    for (const node of awkwardGraph.nodes) {
      const data = nodeData(node.id);
      expect(data.kind).toBe(node.kind);
      expect(data.label).toBe(node.label);
      expect(data.name).toBe(node.label);
      for (const [key, value] of plainProperties(node)) expect(data[key], key).toEqual(value);
      for (const key of nullProperties(node)) expect(data).not.toHaveProperty(key);
    }
    for (const edge of awkwardGraph.edges) {
      const data = edgeData(edge.id);
      for (const [key, value] of plainProperties(edge)) expect(data[key], key).toEqual(value);
      for (const key of nullProperties(edge)) expect(data).not.toHaveProperty(key);
    }
    expect(nodeData('person:yasukazu-hamada').empty).toBe('');
    expect(nodeData('person:yasukazu-hamada').aliases).toEqual([]);
    expect(nodeData('country:IND').prop_kind).toBe('STATE');
    expect(edgeData('country:IND|DYAD_MONTH|country:JPN#1').prop_weight).toBe(7);
  });

  it('keeps evidence as objects, with source ids and quotes as lists beside them', () => {
    for (const element of [...awkwardGraph.nodes, ...awkwardGraph.edges]) {
      const data = 'kind' in element ? nodeData(element.id) : edgeData(element.id);
      expect(data.evidence).toEqual(element.evidence);
      expect(data.sources).toEqual(element.evidence.map((e) => e.sourceId));
      expect(data.quotes).toEqual(element.evidence.map((e) => e.quote ?? ''));
    }
  });

  it('describes the view in the network data: title, query, export time, truncation, sources', () => {
    expect(doc.data.name).toBe(awkwardMeta.title);
    expect(doc.data.query).toBe(awkwardMeta.query);
    expect(doc.data.exportedAt).toBe(awkwardMeta.exportedAt);
    expect(doc.data.truncated).toBe(true);
    expect(doc.data.sources.map((s) => s.id)).toEqual([
      'source:gdelt:20220908',
      'source:article:2022-09-08-asahi',
    ]);
    expect(doc.data.sources[1]).toEqual({
      id: 'source:article:2022-09-08-asahi',
      title: 'Japan & India agree "2+2" <defence> talks',
      publisher: 'Asahi Shimbun — 朝日新聞',
      url: 'https://example.org/news?id=1&lang=en',
    });
  });

  it('loads into Cytoscape.js with cy.json(): same elements, parallel edges and self-loop kept', () => {
    const cy = cytoscape({ headless: true });
    // The whole document, extra keys included: cy.json() takes what it knows and ignores the rest.
    cy.json(doc as unknown as { elements: cytoscape.ElementsDefinition });
    expect(cy.nodes().map((n) => n.id())).toEqual(awkwardGraph.nodes.map((n) => n.id));
    expect(cy.edges().length).toBe(awkwardGraph.edges.length);
    const loop = cy.getElementById('country:JPN|CONCERNS|country:JPN');
    expect(loop.isLoop()).toBe(true);
    const parallel = cy.edges('[source = "country:IND"][target = "country:JPN"]');
    expect(parallel.length).toBe(2);
    expect(cy.getElementById('meeting:2022-09-08-tokyo-jpn-ind').data('evidence')).toEqual(
      awkwardGraph.nodes[2]!.evidence,
    );
    expect(cy.data('query')).toBe(awkwardMeta.query);
    cy.destroy();
  });
});
