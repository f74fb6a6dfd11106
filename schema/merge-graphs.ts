// A view is the union of several API answers (the country network, the neighbourhoods of the
// expanded nodes, the shortest paths), in the explorer and in the path-mode export. A node or
// edge seen in more than one keeps every piece of evidence once, so the details panel and the
// exports show all sources.
import type { Evidence, Graph, GraphEdge, GraphNode } from './graph.ts';

function evidenceKey(evidence: Evidence): string {
  return `${evidence.sourceId}\u0000${evidence.quote ?? ''}`;
}

export function mergeEvidence(a: Evidence[], b: Evidence[]): Evidence[] {
  const seen = new Map(a.map((evidence) => [evidenceKey(evidence), evidence]));
  for (const evidence of b)
    if (!seen.has(evidenceKey(evidence))) seen.set(evidenceKey(evidence), evidence);
  return [...seen.values()];
}

function mergeInto<T extends GraphNode | GraphEdge>(byId: Map<string, T>, item: T): void {
  const existing = byId.get(item.id);
  if (!existing) {
    byId.set(item.id, item);
    return;
  }
  byId.set(item.id, {
    ...existing,
    properties: { ...existing.properties, ...item.properties },
    evidence: mergeEvidence(existing.evidence, item.evidence),
  });
}

export const EMPTY_GRAPH: Graph = { nodes: [], edges: [], truncated: false };

export function mergeGraphs(graphs: readonly (Graph | null | undefined)[]): Graph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  let truncated = false;
  for (const graph of graphs) {
    if (!graph) continue;
    for (const node of graph.nodes) mergeInto(nodes, node);
    for (const edge of graph.edges) mergeInto(edges, edge);
    truncated ||= graph.truncated;
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated };
}
