// GraphQL Graph → Cytoscape elements: what the canvas draws for an API answer.
import { describe, expect, it } from 'vitest';
import type { Graph, GraphEdge, GraphNode } from '../../schema/graph.ts';
import { EDGE_COLOURS, KIND_COLOURS } from '../../client/src/graph/colours.ts';
import { EDGE_WIDTH, NODE_SIZE, edgeKind, toElements } from '../../client/src/graph/to-elements.ts';
import { mergeGraphs } from '../../schema/merge-graphs.ts';
import { visibleGraph } from '../../client/src/graph/visible-graph.ts';

const node = (
  id: string,
  kind: GraphNode['kind'],
  properties: GraphNode['properties'] = {},
): GraphNode => ({
  id,
  kind,
  label: id.split(':')[1] ?? id,
  properties,
  evidence: [],
});
const edge = (
  source: string,
  target: string,
  type: string,
  weight = 1,
  properties: GraphEdge['properties'] = {},
): GraphEdge => ({
  id: `${source}|${type}|${target}`,
  source,
  target,
  type,
  weight,
  properties,
  evidence: [],
});

// Three countries: Japan has two partners, the others one; JPN–USA weighs 9, JPN–IND 1.
const countryNetwork: Graph = {
  nodes: [
    node('country:JPN', 'COUNTRY'),
    node('country:USA', 'COUNTRY'),
    node('country:IND', 'COUNTRY'),
  ],
  edges: [
    edge('country:JPN', 'country:USA', 'DYAD', 9, {
      meetings: 3,
      exercises: 1,
      agreements: 5,
      goldsteinSum: 20,
    }),
    edge('country:IND', 'country:JPN', 'DYAD', 1, {
      meetings: 1,
      exercises: 0,
      agreements: 0,
      goldsteinSum: 3.4,
    }),
  ],
  truncated: false,
};

const data = (graph: Graph, id: string) =>
  toElements(graph).find((element) => element.data.id === id)!.data;

describe('toElements', () => {
  it('makes one node element per node and one edge element per edge, nodes first', () => {
    const elements = toElements(countryNetwork);
    expect(elements.map((element) => element.group)).toEqual([
      'nodes',
      'nodes',
      'nodes',
      'edges',
      'edges',
    ]);
    expect(data(countryNetwork, 'country:JPN')).toMatchObject({ label: 'JPN', kind: 'COUNTRY' });
    expect(data(countryNetwork, 'country:JPN|DYAD|country:USA')).toMatchObject({
      source: 'country:JPN',
      target: 'country:USA',
      type: 'DYAD',
      weight: 9,
    });
  });

  it('sizes nodes by degree: the best-connected node is largest, an isolated one smallest', () => {
    const graph = {
      ...countryNetwork,
      nodes: [...countryNetwork.nodes, node('country:AUS', 'COUNTRY')],
    };
    expect(data(graph, 'country:JPN').size).toBe(NODE_SIZE.max);
    expect(data(graph, 'country:USA').size).toBeLessThan(NODE_SIZE.max);
    expect(data(graph, 'country:USA').size).toBeGreaterThan(NODE_SIZE.min);
    expect(data(graph, 'country:AUS').size).toBe(NODE_SIZE.min);
    expect(data(graph, 'country:JPN').degree).toBe(2);
  });

  it('weights edges: the heaviest is widest, and width grows with weight', () => {
    expect(data(countryNetwork, 'country:JPN|DYAD|country:USA').width).toBe(EDGE_WIDTH.max);
    const light = data(countryNetwork, 'country:IND|DYAD|country:JPN').width;
    expect(light).toBeGreaterThanOrEqual(EDGE_WIDTH.min);
    expect(light).toBeLessThan(EDGE_WIDTH.max);
  });

  it('colours nodes by entity kind and country edges by what dominates them', () => {
    expect(data(countryNetwork, 'country:JPN').colour).toBe(KIND_COLOURS.COUNTRY);
    expect(data(countryNetwork, 'country:JPN|DYAD|country:USA')).toMatchObject({
      kind: 'AGREEMENTS',
      colour: EDGE_COLOURS.AGREEMENTS,
    });
    expect(data(countryNetwork, 'country:IND|DYAD|country:JPN').kind).toBe('MEETINGS');
    expect(edgeKind(edge('a', 'b', 'DYAD', 4, { meetings: 4, goldsteinSum: -12 }))).toBe(
      'CONFLICT',
    );
    expect(edgeKind(edge('a', 'b', 'HOLDS_OFFICE'))).toBe('HOLDS_OFFICE');
  });

  it('keeps event kinds and dates for styling and the time-ordered layout', () => {
    const graph: Graph = {
      nodes: [
        node('meeting:x', 'EVENT', { eventKind: 'MEETING', date: '2022-09' }),
        node('agreement:y', 'AGREEMENT', { date: '2022' }),
      ],
      edges: [],
      truncated: false,
    };
    expect(data(graph, 'meeting:x')).toMatchObject({
      eventKind: 'MEETING',
      time: Date.UTC(2022, 8, 1),
    });
    expect(data(graph, 'agreement:y').time).toBe(Date.UTC(2022, 0, 1));
  });

  it('drops edges whose ends are not in the graph (a truncated answer) instead of failing', () => {
    const graph = {
      ...countryNetwork,
      edges: [...countryNetwork.edges, edge('country:JPN', 'country:CHN', 'DYAD')],
    };
    expect(toElements(graph).filter((element) => element.group === 'edges')).toHaveLength(2);
  });

  it('gives an empty graph no elements', () => {
    expect(toElements({ nodes: [], edges: [], truncated: false })).toEqual([]);
  });
});

describe('the view graph', () => {
  it('merges API answers by id, keeping each piece of evidence once', () => {
    const quote = {
      sourceId: 'source:article',
      sourceTitle: 'T',
      publisher: 'IRIA',
      url: null,
      quote: 'Hamada said',
    };
    const other = { ...quote, quote: 'Austin said' };
    const a: Graph = {
      nodes: [{ ...node('person:h', 'PERSON'), evidence: [quote] }],
      edges: [],
      truncated: false,
    };
    const b: Graph = {
      nodes: [{ ...node('person:h', 'PERSON'), evidence: [quote, other] }],
      edges: [],
      truncated: true,
    };
    const merged = mergeGraphs([a, null, b]);
    expect(merged.nodes).toHaveLength(1);
    expect(merged.nodes[0]!.evidence).toEqual([quote, other]);
    expect(merged.truncated).toBe(true);
  });

  it('hides removed nodes with their edges, and isolated nodes when asked', () => {
    const withIsolated = {
      ...countryNetwork,
      nodes: [...countryNetwork.nodes, node('country:AUS', 'COUNTRY')],
    };
    const shown = visibleGraph(withIsolated, { removed: ['country:USA'], hideIsolated: true });
    expect(shown.nodes.map((n) => n.id).sort()).toEqual(['country:IND', 'country:JPN']);
    expect(shown.edges.map((e) => e.id)).toEqual(['country:IND|DYAD|country:JPN']);
    expect(visibleGraph(withIsolated, { removed: [], hideIsolated: false }).nodes).toHaveLength(4);
  });
});
