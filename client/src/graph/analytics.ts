// Network measures of the view the researcher sees: degree, weighted degree, betweenness,
// PageRank and Louvain communities (graphology-metrics, graphology-communities-louvain: well
// kept, tested implementations rather than our own). The view is taken as one undirected,
// weighted graph: parallel edges between two nodes merge and add their weights, because an
// aggregated country edge is undirected and a relation counts once for who-is-central.
// Pure, so it is unit-tested; the view is small (the API caps it), so it runs on the main
// thread (BENCHMARKS.md, Client: a few ms for 500 elements).
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweenness from 'graphology-metrics/centrality/betweenness.js';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import type { Graph } from '../../../schema/graph.ts';

import type { MetricName } from './analytics-names.ts';

export { METRICS, METRIC_NAMES, type MetricName } from './analytics-names.ts';

export interface NodeMetrics extends Record<MetricName, number> {
  /** Louvain community, numbered from 0 by size (0 the largest). */
  community: number;
}

export interface ViewMetrics {
  nodes: Map<string, NodeMetrics>;
  communities: number;
}

/** A fixed pseudo-random sequence, so the same view gets the same communities every time. */
function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function viewMetrics(view: Graph): ViewMetrics {
  const graph = new UndirectedGraph<Record<string, never>, { weight: number }>();
  for (const node of view.nodes) graph.mergeNode(node.id);
  for (const edge of view.edges) {
    if (edge.source === edge.target) continue;
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    const weight = Math.max(0, edge.weight) || 1;
    graph.updateEdge(edge.source, edge.target, (attributes) => ({
      weight: (attributes.weight ?? 0) + weight,
    }));
  }
  // The algorithms refuse an empty graph (the view before its first answer).
  if (graph.order === 0) return { nodes: new Map(), communities: 0 };
  const between = betweenness(graph, { getEdgeWeight: null, normalized: true });
  // PageRank of a graph without edges is undefined; every node then ranks the same.
  const rank =
    graph.size > 0
      ? pagerank(graph, { getEdgeWeight: 'weight' })
      : Object.fromEntries(graph.nodes().map((id) => [id, 1 / Math.max(1, graph.order)]));
  const raw =
    graph.size > 0
      ? louvain(graph, { getEdgeWeight: 'weight', rng: seeded(42) })
      : Object.fromEntries(graph.nodes().map((id, i) => [id, i]));
  // Renumber communities by size, largest first, so colours are stable and 0 is the biggest.
  const sizes = new Map<number, number>();
  for (const community of Object.values(raw)) sizes.set(community, (sizes.get(community) ?? 0) + 1);
  const order = [...sizes].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([c]) => c);
  const renumber = new Map(order.map((community, index) => [community, index]));
  const nodes = new Map<string, NodeMetrics>();
  graph.forEachNode((id) => {
    let weighted = 0;
    graph.forEachEdge(id, (_edge, attributes) => (weighted += attributes.weight));
    nodes.set(id, {
      degree: graph.degree(id),
      weightedDegree: weighted,
      betweenness: between[id] ?? 0,
      pagerank: rank[id] ?? 0,
      community: renumber.get(raw[id]!) ?? 0,
    });
  });
  return { nodes, communities: order.length };
}

/** Twelve colours far apart for communities; beyond them, grey ("other communities"). */
export const COMMUNITY_COLOURS = [
  '#2b6cb0',
  '#dd6b20',
  '#38a169',
  '#d53f8c',
  '#805ad5',
  '#d69e2e',
  '#319795',
  '#c53030',
  '#5a67d8',
  '#97266d',
  '#2c7a7b',
  '#744210',
];
export const OTHER_COMMUNITY_COLOUR = '#a0aec0';

export function communityColour(community: number): string {
  return COMMUNITY_COLOURS[community] ?? OTHER_COMMUNITY_COLOUR;
}
