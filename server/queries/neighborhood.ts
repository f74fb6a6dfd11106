// neighborhood: nodes and edges within `depth` hops of the given nodes, breadth first. Each
// level examines at most $scan relationships and keeps at most $limit nodes in all, so a hub
// (a country with a million events) costs no more than a quiet node; `truncated` says when
// either bound cut the view. The walk is the same whatever the selection; what is projected of
// the nodes and edges it kept is what the operation selects (graph-wants.ts).
import type { Graph } from '../../schema/graph.ts';
import { ANY, nodeFilter, relInRange } from './fragments.ts';
import { sourcesOf, toGraph } from './graph-result.ts';
import { edgeOf, evidenceLists, nodeOf, WHOLE_GRAPH, type GraphWants } from './graph-wants.ts';
import type { Reader } from './reader.ts';
import { statementCache } from './statement-cache.ts';

const level = `
CALL {
  WITH frontier
  UNWIND frontier AS f
  MATCH (f)-[r]-(m)
  WHERE type(r) IN $relTypes AND ${relInRange('r')} AND ${nodeFilter('m')}
  WITH r, m LIMIT $scan
  RETURN collect(r) AS found, collect(DISTINCT m) AS reached, count(r) AS examined
}
WITH kept, rels, cut, found, examined, [m IN reached WHERE NOT m IN kept] AS fresh
WITH rels, found,
     cut OR examined >= $scan OR size(kept) + size(fresh) > $limit AS cut,
     kept + fresh[0..($limit - size(kept))] AS kept,
     fresh[0..($limit - size(kept))] AS frontier
WITH kept, frontier, cut, rels + [r IN found WHERE startNode(r) IN kept AND endNode(r) IN kept] AS rels`;

const cached = statementCache(({ depth, wants }: { depth: 1 | 2 | 3; wants: GraphWants }) => {
  const found = sourcesOf('kept, rels', evidenceLists(wants, 'kept', 'rels'));
  const nodes = wants.nodes ? `[n IN kept | ${nodeOf('n', wants.nodes)}]` : '[]';
  const edges = wants.edges ? `[r IN rels | ${edgeOf('r', wants.edges)}]` : '[]';
  return `
MATCH (seed:${ANY}) WHERE seed.id IN $ids
WITH collect(seed) AS kept
WITH kept, kept AS frontier, [] AS rels, false AS cut
${level.repeat(depth)}
${found.block}
RETURN ${nodes} AS nodes, ${edges} AS edges, cut, ${found.column}`;
});

/** The statement for a depth of 1 to 3: one level block per hop (depth is never user text). */
export function neighborhoodCypher(depth: 1 | 2 | 3, wants: GraphWants = WHOLE_GRAPH): string {
  return cached({ depth, wants });
}

export interface NeighborhoodArgs {
  ids: readonly string[];
  depth: 1 | 2 | 3;
  limit: number;
  kindLabels: string[] | null;
  eventLabels: string[] | null;
  relTypes: string[];
  from: string | null;
  to: string | null;
  includeUndated: boolean;
  /** What the operation selects of the graph. */
  wants: GraphWants;
}

export async function neighborhood(reader: Reader, args: NeighborhoodArgs): Promise<Graph> {
  const { wants, ...params } = args;
  const [row] = await reader.read(neighborhoodCypher(args.depth, wants), {
    ...params,
    scan: args.limit * 4,
  });
  return toGraph(row, Boolean(row?.cut));
}
