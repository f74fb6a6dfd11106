// What an operation selects of a Graph (neighborhood, shortestPath(s), countryNetwork), and the
// node and edge projections that read only that: a node's properties and evidence, an edge's
// properties and evidence. An unselected part costs nothing: the Source lookup at the end of a
// statement runs only when some evidence is selected, and a list of edges nobody selected is
// not built. The traversal itself (which nodes and relationships are in the graph, what cut
// it) never depends on the selection, so the answer to what is selected never changes.

/** What a selection asks of a Graph's nodes and edges; `null` when the list is not selected. */
export interface GraphWants {
  nodes: { properties: boolean; evidence: boolean } | null;
  edges: { properties: boolean; evidence: boolean } | null;
}

/** Everything: what the explorer's ViewGraph and the exports select. */
export const WHOLE_GRAPH: GraphWants = {
  nodes: { properties: true, evidence: true },
  edges: { properties: true, evidence: true },
};

const EVIDENCE_KEYS = '.evidenceSources, .evidenceQuotes';

/**
 * A node as {id, labels, props}: all its properties when they are selected, else only its name
 * (the label) and, when selected, its evidence lists.
 */
export function nodeOf(v: string, wants: GraphWants['nodes']): string {
  const props = wants?.properties
    ? `properties(${v})`
    : `${v} {.name${wants?.evidence ? `, ${EVIDENCE_KEYS}` : ''}}`;
  return `{id: ${v}.id, labels: labels(${v}), props: ${props}}`;
}

/**
 * A relationship as {key, type, source, target, props}: all its properties when selected,
 * else the ones its id and weight are made of (convert.ts, toGraphEdges) and its evidence lists
 * when selected.
 */
export function edgeOf(r: string, wants: GraphWants['edges']): string {
  const props = wants?.properties
    ? `properties(${r})`
    : `${r} {.role, .phase, .title, .weight${wants?.evidence ? `, ${EVIDENCE_KEYS}` : ''}}`;
  return `{key: elementId(${r}), type: type(${r}), source: startNode(${r}).id, target: endNode(${r}).id, props: ${props}}`;
}

/** The evidence lists the Source lookup must resolve, or null when no evidence is selected. */
export function evidenceLists(wants: GraphWants, nodes: string, rels: string): string | null {
  const lists = [
    wants.nodes?.evidence ? `[n IN ${nodes} | n.evidenceSources]` : null,
    wants.edges?.evidence ? `[r IN ${rels} | r.evidenceSources]` : null,
  ].filter((list): list is string => list !== null);
  return lists.length ? lists.join(' + ') : null;
}
