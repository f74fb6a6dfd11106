// Graph → GraphML (http://graphml.graphdrawing.org/), for Gephi, yEd, networkx and igraph.
//
// Written by hand rather than with graphology-graphml: despite its "parser & writer" blurb, the
// installed 0.5.2 ships only a parser (no `write` export), so there is nothing to declare key
// types with. The document is small and regular: typed <key>s from the shared column model,
// then one <node>/<edge> per element, every text escaped and stripped of characters XML 1.0
// forbids.
import type { Graph } from '../graph.ts';
import { edgeTable, nodeTable, type Cell, type Column, type Table } from './columns.ts';
import { collectSources, describeWithSources, sourceLine, type ExportMeta } from './export-meta.ts';
import { assertConsistentGraph } from './graph-check.ts';
import { escapeXmlAttribute as attr, escapeXmlText as text } from './xml-text.ts';

const HEADER =
  '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"' +
  ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
  ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns' +
  ' http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">';

/** Columns carried as XML attributes of <node>/<edge> rather than as <data>. */
const STRUCTURAL = new Set(['id', 'source', 'target']);

interface KeyedColumn extends Column {
  key: string;
}

// Key ids are n0…, e0…, g0…, never d0…: Gephi maps a key *id* of d3 (nodes) or d7 (edges) to
// the label, a yEd habit, so networkx-style ids would relabel every node in Gephi.
function keyColumns(table: Table, prefix: string): KeyedColumn[] {
  return table.columns
    .filter((column) => !STRUCTURAL.has(column.name))
    .map((column, i) => ({ ...column, key: `${prefix}${i}` }));
}

function keyLine(column: KeyedColumn, domain: 'graph' | 'node' | 'edge'): string {
  return (
    `  <key id="${column.key}" for="${domain}" attr.name="${attr(column.name)}"` +
    ` attr.type="${column.type}"/>`
  );
}

function cellText(cell: Cell): string {
  return text(String(cell));
}

function dataLines(row: Record<string, Cell>, columns: readonly KeyedColumn[]): string[] {
  const lines: string[] = [];
  for (const column of columns) {
    const cell = row[column.name];
    // No value, no <data>: readers then report the attribute as absent (or the key's default).
    if (cell === undefined) continue;
    lines.push(`      <data key="${column.key}">${cellText(cell)}</data>`);
  }
  return lines;
}

function element(open: string, close: string, data: string[]): string[] {
  if (data.length === 0) return [`${open.slice(0, -1)}/>`];
  return [open, ...data, close];
}

/** The graph as a GraphML document; meta goes in <desc> and in graph-level <data>. */
export function toGraphML(graph: Graph, meta: ExportMeta): string {
  assertConsistentGraph(graph);
  const nodes = nodeTable(graph.nodes);
  const edges = edgeTable(graph.edges);
  const nodeColumns = keyColumns(nodes, 'n');
  const edgeColumns = keyColumns(edges, 'e');
  const graphColumns: KeyedColumn[] = [
    { name: 'title', type: 'string', key: 'g0' },
    { name: 'query', type: 'string', key: 'g1' },
    { name: 'exportedAt', type: 'string', key: 'g2' },
    { name: 'truncated', type: 'boolean', key: 'g3' },
    { name: 'sources', type: 'string', key: 'g4' },
  ];
  const graphRow: Record<string, Cell> = {
    title: meta.title,
    query: meta.query,
    exportedAt: meta.exportedAt,
    truncated: graph.truncated,
    sources: collectSources(graph).map(sourceLine).join('\n'),
  };

  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    HEADER,
    `  <desc>${text(describeWithSources(graph, meta))}</desc>`,
    ...graphColumns.map((c) => keyLine(c, 'graph')),
    ...nodeColumns.map((c) => keyLine(c, 'node')),
    ...edgeColumns.map((c) => keyLine(c, 'edge')),
    '  <graph id="G" edgedefault="directed">',
    // Graph data first: graphology's parser reads graph-level <data> only before any <node>.
    ...dataLines(graphRow, graphColumns).map((line) => line.slice(2)),
  ];
  for (const row of nodes.rows) {
    lines.push(
      ...element(
        `    <node id="${attr(String(row.id))}">`,
        '    </node>',
        dataLines(row, nodeColumns),
      ),
    );
  }
  for (const row of edges.rows) {
    const open =
      `    <edge id="${attr(String(row.id))}" source="${attr(String(row.source))}"` +
      ` target="${attr(String(row.target))}">`;
    lines.push(...element(open, '    </edge>', dataLines(row, edgeColumns)));
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
