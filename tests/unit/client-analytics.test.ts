// The view's measures and its table rows: communities, centralities, sorting, CSV.
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../schema/graph.ts';
import { viewMetrics } from '../../client/src/graph/analytics.ts';
import {
  filterAndSort,
  NODE_COLUMNS,
  nodeRows,
  rowsToCsv,
} from '../../client/src/graph/table-rows.ts';
import { toElements } from '../../client/src/graph/to-elements.ts';

/** Two triangles joined by one bridge c–d: two communities, c and d the most between. */
const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
const pairs = [
  ['a', 'b'],
  ['b', 'c'],
  ['a', 'c'],
  ['c', 'd'],
  ['d', 'e'],
  ['e', 'f'],
  ['d', 'f'],
];
const graph: Graph = {
  nodes: ids.map((id) => ({
    id,
    kind: 'COUNTRY',
    label: id === 'a' ? 'Alpha, "the first"' : id.toUpperCase(),
    properties: {},
    evidence: [],
  })),
  edges: pairs.map(([source, target], i) => ({
    id: `e${i}`,
    source: source!,
    target: target!,
    type: 'DYAD',
    weight: 1,
    properties: {},
    evidence: [],
  })),
  truncated: false,
};

describe('view analytics', () => {
  it('finds the two triangles as communities and the bridge ends as most between', () => {
    const { nodes, communities } = viewMetrics(graph);
    expect(communities).toBe(2);
    const community = (id: string) => nodes.get(id)!.community;
    expect(community('a')).toBe(community('c'));
    expect(community('d')).toBe(community('f'));
    expect(community('a')).not.toBe(community('d'));
    expect(nodes.get('c')!.betweenness).toBeGreaterThan(nodes.get('a')!.betweenness);
    expect(nodes.get('c')!.degree).toBe(3);
  });

  it('merges parallel edges into one weighted relation', () => {
    const doubled: Graph = {
      ...graph,
      edges: [...graph.edges, { ...graph.edges[0]!, id: 'x', weight: 4 }],
    };
    const { nodes } = viewMetrics(doubled);
    expect(nodes.get('a')!.degree).toBe(2);
    expect(nodes.get('a')!.weightedDegree).toBe(6);
  });

  it('copes with an empty view and a view without edges', () => {
    expect(viewMetrics({ nodes: [], edges: [], truncated: false }).communities).toBe(0);
    expect(viewMetrics({ ...graph, edges: [] }).nodes.get('a')!.pagerank).toBeCloseTo(1 / 6);
  });

  it('colours by community and sizes by the chosen measure', () => {
    const metrics = viewMetrics(graph);
    const elements = toElements(graph, { metrics, colourBy: 'community', sizeBy: 'betweenness' });
    const node = (id: string) => elements.find((e) => e.data.id === id)!.data;
    expect(node('a').colour).toBe(node('b').colour);
    expect(node('a').colour).not.toBe(node('e').colour);
    expect(node('c').size).toBeGreaterThan(node('a').size);
  });
});

describe('table rows', () => {
  it('sorts by a measure, biggest first, and filters by text', () => {
    const rows = nodeRows(graph, viewMetrics(graph));
    const sorted = filterAndSort(rows, '', { key: 'betweenness', descending: true });
    expect(
      sorted
        .slice(0, 2)
        .map((row) => row.id)
        .sort(),
    ).toEqual(['c', 'd']);
    expect(filterAndSort(rows, 'alpha', null).map((row) => row.id)).toEqual(['a']);
  });

  it('writes CSV with quoted cells and an id column', () => {
    const rows = filterAndSort(nodeRows(graph, null), 'alpha', null);
    const csv = rowsToCsv(NODE_COLUMNS, rows);
    expect(csv.split('\r\n')[0]).toBe(
      'id,Name,Kind,Degree,Weighted degree,Betweenness,PageRank,Community,Date',
    );
    expect(csv.split('\r\n')[1]).toBe('a,"Alpha, ""the first""",country,,,,,,');
  });
});
