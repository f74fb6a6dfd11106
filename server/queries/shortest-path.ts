// shortestPath and shortestPaths: how two actors connect, through at most maxHops relationships
// of the allowed types, with the filter applied to the nodes in between.
//
// Two actors are often joined by several paths of the same length, and Neo4j's shortestPath
// returns whichever its search meets first, which depends on store order. A researcher asking
// how two officials connect wants the same answer each time, and the telling one: the path
// through the two meetings they attended, not the one through their countries, which join
// everything to everything. So the shortest paths (the first CANDIDATES of them) are ranked by
// how many relationships their intermediate nodes have in all, ties broken by the ids along the
// path; shortestPath is the first of them, shortestPaths the first `first`.
import type { Graph } from '../../schema/graph.ts';
import { ANY, nodeFilter, relInRange } from './fragments.ts';
import { sourcesOf, toGraph } from './graph-result.ts';
import { edgeOf, evidenceLists, nodeOf, WHOLE_GRAPH, type GraphWants } from './graph-wants.ts';
import type { Reader } from './reader.ts';
import { statementCache } from './statement-cache.ts';

/** How many equally short paths are weighed; bounds the work between two hubs. */
const CANDIDATES = 100;

const cached = statementCache(({ maxHops, wants }: { maxHops: number; wants: GraphWants }) => {
  const found = sourcesOf('pathNodes, pathRels', evidenceLists(wants, 'pathNodes', 'pathRels'));
  const nodes = wants.nodes ? `[n IN nodes(p) | ${nodeOf('n', wants.nodes)}]` : '[]';
  const edges = wants.edges ? `[r IN relationships(p) | ${edgeOf('r', wants.edges)}]` : '[]';
  // The paths' nodes and relationships are gathered only for the Source lookup.
  const gathered = found.block
    ? `,
     reduce(acc = [], p IN paths | acc + nodes(p)) AS pathNodes,
     reduce(acc = [], p IN paths | acc + relationships(p)) AS pathRels`
    : '';
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
  LIMIT $first
  RETURN collect(p) AS paths
}
WITH a, b, paths${gathered}
${found.block}
RETURN a IS NOT NULL AS foundFrom, b IS NOT NULL AS foundTo,
       [p IN paths | {nodes: ${nodes}, edges: ${edges}}] AS paths,
       ${found.column}`;
});

/** maxHops is an integer checked against LIMITS.maxHops: the one number spliced into the text. */
export function shortestPathsCypher(maxHops: number, wants: GraphWants = WHOLE_GRAPH): string {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > 10) throw new RangeError('maxHops');
  return cached({ maxHops, wants });
}

export interface ShortestPathArgs {
  from: string;
  to: string;
  maxHops: number;
  /** How many of the ranked paths to return. */
  first: number;
  kindLabels: string[] | null;
  eventLabels: string[] | null;
  relTypes: string[];
  dateFrom: string | null;
  dateTo: string | null;
  includeUndated: boolean;
  /** What the operation selects of each path's graph. */
  wants: GraphWants;
}

/** The ranked shortest paths, best first; none when the two are not connected. */
export async function shortestPaths(reader: Reader, args: ShortestPathArgs) {
  const [row] = await reader.read(shortestPathsCypher(args.maxHops, args.wants), {
    fromId: args.from,
    toId: args.to,
    first: args.first,
    kindLabels: args.kindLabels,
    eventLabels: args.eventLabels,
    relTypes: args.relTypes,
    from: args.dateFrom,
    to: args.dateTo,
    includeUndated: args.includeUndated,
  });
  const paths: Graph[] = ((row?.paths as Record<string, unknown>[]) ?? []).map((path) =>
    toGraph({ ...path, sources: row?.sources }, false),
  );
  return { paths, foundFrom: Boolean(row?.foundFrom), foundTo: Boolean(row?.foundTo) };
}
