// Graph → GEXF 1.3 (https://gexf.net), for Gephi and networkx, through graphology-gexf's writer:
// it declares every attribute with a type inferred from the values (integer, long, double,
// boolean, string), escapes XML itself, and is the writer the graphology ecosystem maintains.
// The main entry is imported (not graphology-gexf/browser, which touches DOMParser when loaded,
// so it breaks in Node); its parser pulls in @xmldom/xmldom, plain JS that bundles in Vite.
import { MultiDirectedGraph } from 'graphology';
import { write } from 'graphology-gexf';
import type { Graph } from '../graph.ts';
import { edgeTable, nodeTable, type Cell, type Table } from './columns.ts';
import { describeWithSources, type ExportMeta } from './export-meta.ts';
import { assertConsistentGraph } from './graph-check.ts';
import { stripIllegalXmlChars } from './xml-text.ts';

type Attributes = Record<string, Cell>;

/** Fields GEXF carries as XML attributes of <node>/<edge>, so not repeated as attvalues. */
const STRUCTURAL = new Set(['id', 'source', 'target']);
const NODE_BUILT_IN = new Set(['label']);
const EDGE_BUILT_IN = new Set(['weight']);

// The writer escapes & < " and line breaks but not characters XML 1.0 forbids outright.
function clean(cell: Cell): Cell {
  return typeof cell === 'string' ? stripIllegalXmlChars(cell) : cell;
}

function attributesOf(row: Record<string, Cell>, table: Table): Attributes {
  const out: Attributes = {};
  // Column order, not row order, so every element lists its attvalues the same way.
  for (const { name } of table.columns) {
    const cell = row[name];
    if (cell !== undefined && !STRUCTURAL.has(name)) out[stripIllegalXmlChars(name)] = clean(cell);
  }
  return out;
}

/**
 * The graph as a GEXF 1.3 document. Empty strings are left out (the writer writes no attvalue
 * for them), so a reader sees such a property as absent. Edges carry `kind` = their type:
 * Gephi keeps parallel edges apart only when their kinds differ.
 */
export function toGEXF(graph: Graph, meta: ExportMeta): string {
  assertConsistentGraph(graph);
  const nodes = nodeTable(graph.nodes);
  const edges = edgeTable(graph.edges);

  const g = new MultiDirectedGraph<Attributes, Attributes>({ allowSelfLoops: true });
  // The meta block of a pedantic (XSD-valid) file holds only creator, keywords and description.
  g.setAttribute('creator', 'Entente');
  g.setAttribute('keywords', 'defense relations, knowledge graph');
  g.setAttribute('description', stripIllegalXmlChars(describeWithSources(graph, meta)));
  for (const row of nodes.rows) {
    g.addNode(stripIllegalXmlChars(String(row.id)), attributesOf(row, nodes));
  }
  for (const row of edges.rows) {
    g.addDirectedEdgeWithKey(
      stripIllegalXmlChars(String(row.id)),
      stripIllegalXmlChars(String(row.source)),
      stripIllegalXmlChars(String(row.target)),
      attributesOf(row, edges),
    );
  }

  return write(g, {
    version: '1.3',
    pedantic: true,
    formatNode: (_key, attributes) => ({
      label: String(attributes.label ?? ''),
      attributes: omit(attributes, NODE_BUILT_IN),
    }),
    formatEdge: (_key, attributes) => ({
      label: String(attributes.type),
      kind: String(attributes.type),
      weight: Number(attributes.weight),
      attributes: omit(attributes, EDGE_BUILT_IN),
    }),
  });
}

function omit(attributes: Attributes, names: ReadonlySet<string>): Attributes {
  return Object.fromEntries(Object.entries(attributes).filter(([name]) => !names.has(name)));
}
