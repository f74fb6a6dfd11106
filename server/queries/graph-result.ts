// Raw {nodes, edges, sources} from a graph statement → the Graph of schema/graph.ts.
import type { Graph } from '../../schema/graph.ts';
import { indexSources, toGraphEdges, toGraphNode, type RawEdge, type RawNode } from './convert.ts';
import { sources } from './fragments.ts';
import type { Row } from './reader.ts';

export function toGraph(row: Row | undefined, truncated: boolean): Graph {
  const index = indexSources(row?.sources);
  const nodes = ((row?.nodes as RawNode[]) ?? []).map((n) => toGraphNode(n, index));
  // A relationship reached from both of its ends is listed once.
  const unique = new Map<string, RawEdge>();
  for (const edge of (row?.edges as (RawEdge & { key: string })[]) ?? [])
    unique.set(edge.key, edge);
  return { nodes, edges: toGraphEdges([...unique.values()], index), truncated };
}

/**
 * The Source lookup of a graph statement (fragments.ts, `sources`) as the CALL block to place
 * before RETURN and the column it gives, or no block and an empty column when no evidence is
 * selected (`lists` null, graph-wants.ts evidenceLists).
 */
export function sourcesOf(imports: string, lists: string | null) {
  return lists
    ? { block: sources(imports, lists), column: 'sources' }
    : { block: '', column: '[] AS sources' };
}
