// Every format refers to nodes by id from edges, and GraphML/GEXF readers reject (or silently
// invent) a node an edge points to but the file does not declare. Checking once, before any
// output is built, turns an inconsistent Graph into one clear error instead of a broken file.
import type { Graph } from '../graph.ts';

/** Throws naming the offending element when ids repeat or an edge points outside the graph. */
export function assertConsistentGraph(graph: Graph): void {
  const nodeIds = new Set<string>();
  graph.nodes.forEach((node, i) => {
    if (typeof node.id !== 'string' || node.id === '') {
      throw new Error(`graph export: nodes[${i}].id is empty; every node needs an id`);
    }
    if (nodeIds.has(node.id)) {
      throw new Error(`graph export: nodes[${i}].id "${node.id}" repeats an earlier node's id`);
    }
    nodeIds.add(node.id);
  });
  const edgeIds = new Set<string>();
  graph.edges.forEach((edge, i) => {
    if (typeof edge.id !== 'string' || edge.id === '') {
      throw new Error(`graph export: edges[${i}].id is empty; every edge needs an id`);
    }
    if (edgeIds.has(edge.id)) {
      throw new Error(`graph export: edges[${i}].id "${edge.id}" repeats an earlier edge's id`);
    }
    edgeIds.add(edge.id);
    for (const end of ['source', 'target'] as const) {
      if (!nodeIds.has(edge[end])) {
        throw new Error(
          `graph export: edges[${i}] ("${edge.id}").${end} "${edge[end]}" is not a node of the graph`,
        );
      }
    }
  });
}
