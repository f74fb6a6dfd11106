// The graph as the user sees it: the loaded graph less the nodes they removed and, when asked,
// the isolated ones. Exports serialize exactly this, so a download matches the screen.
import type { Graph } from '../../../schema/graph.ts';

export interface VisibleOptions {
  removed: readonly string[];
  hideIsolated: boolean;
}

export function visibleGraph(graph: Graph, { removed, hideIsolated }: VisibleOptions): Graph {
  const gone = new Set(removed);
  let nodes = graph.nodes.filter((node) => !gone.has(node.id));
  const present = new Set(nodes.map((node) => node.id));
  // An edge needs both ends on screen; the API may also cut a graph short at a limit.
  const edges = graph.edges.filter((edge) => present.has(edge.source) && present.has(edge.target));
  if (hideIsolated) {
    const linked = new Set(edges.flatMap((edge) => [edge.source, edge.target]));
    nodes = nodes.filter((node) => linked.has(node.id));
  }
  return { nodes, edges, truncated: graph.truncated };
}
