// shortestPath: how two actors connect, through at most maxHops relationships of the allowed
// types, with the filter applied to the nodes in between.
//
// Two actors are often joined by several paths of the same length, and Neo4j's shortestPath
// returns whichever its search meets first, which depends on store order. A researcher asking
// how two officials connect wants the same answer each time, and the telling one: the path
// through the two meetings they attended, not the one through their countries, which join
// everything to everything. So among the shortest paths (the first CANDIDATES of them) the
// answer is the one whose intermediate nodes have the fewest relationships in all, ties broken
// by the ids along the path.
import type { Graph } from '../../schema/graph.ts';
import { ANY, edge, node, nodeFilter, relInRange, sources } from './fragments.ts';
import { graphEvidenceLists, toGraph } from './graph-result.ts';
import type { Reader } from './reader.ts';

/** How many equally short paths are weighed; bounds the work between two hubs. */
const CANDIDATES = 100;

/** maxHops is an integer checked against LIMITS.maxHops: the one number spliced into the text. */
export function shortestPathCypher(maxHops: number): string {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > 10) throw new RangeError('maxHops');
  return `
OPTIONAL MATCH (a:${ANY} {id: $fromId})
OPTIONAL MATCH (b:${ANY} {id: $toId})
CALL {
  WITH a, b
  OPTIONAL MATCH p = allShortestPaths((a)-[*..${maxHops}]-(b))
  WHERE a IS NOT NULL AND b IS NOT NULL
    AND all(r IN relationships(p) WHERE type(r) IN $relTypes AND ${relInRange('r')})
    AND all(m IN nodes(p)[1..-1] WHERE ${nodeFilter('m')})
  WITH p LIMIT ${CANDIDATES}
  WITH p, reduce(total = 0, degree IN [m IN nodes(p)[1..-1] | COUNT { (m)--() }] | total + degree) AS hubness
  ORDER BY hubness, [n IN nodes(p) | n.id]
  LIMIT 1
  RETURN coalesce(nodes(p), []) AS pathNodes, coalesce(relationships(p), []) AS pathRels
}
${sources('pathNodes, pathRels', graphEvidenceLists('pathNodes', 'pathRels'))}
RETURN a IS NOT NULL AS foundFrom, b IS NOT NULL AS foundTo,
       [n IN pathNodes | ${node('n')}] AS nodes, [r IN pathRels | ${edge('r')}] AS edges, sources`;
}

export interface ShortestPathArgs {
  from: string;
  to: string;
  maxHops: number;
  kindLabels: string[] | null;
  eventLabels: string[] | null;
  relTypes: string[];
  dateFrom: string | null;
  dateTo: string | null;
}

export async function shortestPath(reader: Reader, args: ShortestPathArgs) {
  const [row] = await reader.read(shortestPathCypher(args.maxHops), {
    fromId: args.from,
    toId: args.to,
    kindLabels: args.kindLabels,
    eventLabels: args.eventLabels,
    relTypes: args.relTypes,
    from: args.dateFrom,
    to: args.dateTo,
  });
  const graph: Graph = toGraph(row, false);
  return { graph, foundFrom: Boolean(row?.foundFrom), foundTo: Boolean(row?.foundTo) };
}
