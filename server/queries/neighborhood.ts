// neighborhood: nodes and edges within `depth` hops of the given nodes, breadth first. Each
// level examines at most $scan relationships and keeps at most $limit nodes in all, so a hub
// (a country with a million events) costs no more than a quiet node; `truncated` says when
// either bound cut the view.
import type { Graph } from '../../schema/graph.ts';
import { ANY, edge, node, nodeFilter, relInRange, sources } from './fragments.ts';
import { graphEvidenceLists, toGraph } from './graph-result.ts';
import type { Reader } from './reader.ts';

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

/** The statement for a depth of 1 to 3: one level block per hop (depth is never user text). */
export function neighborhoodCypher(depth: 1 | 2 | 3): string {
  return `
MATCH (seed:${ANY}) WHERE seed.id IN $ids
WITH collect(seed) AS kept
WITH kept, kept AS frontier, [] AS rels, false AS cut
${level.repeat(depth)}
${sources('kept, rels', graphEvidenceLists('kept', 'rels'))}
RETURN [n IN kept | ${node('n')}] AS nodes, [r IN rels | ${edge('r')}] AS edges, cut, sources`;
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
}

export async function neighborhood(reader: Reader, args: NeighborhoodArgs): Promise<Graph> {
  const [row] = await reader.read(neighborhoodCypher(args.depth), {
    ...args,
    scan: args.limit * 4,
  });
  return toGraph(row, Boolean(row?.cut));
}
