// Graph → two CSV tables, nodes.csv and edges.csv (RFC 4180: CRLF rows, a header row, fields
// quoted when they hold a quote, comma or line break, quotes doubled). Written here rather than
// with csv-stringify: quoting is a few lines, and this module must bundle for the browser too.
import type { Graph } from '../graph.ts';
import { edgeTable, nodeTable, type Cell, type Table } from './columns.ts';
import { assertConsistentGraph } from './graph-check.ts';

export interface CsvTables {
  /** nodes.csv: id, kind, label, the union of property keys (sorted), sources, quotes, evidence. */
  nodes: string;
  /** edges.csv: id, source, target, type, weight, properties, sources, quotes, evidence. */
  edges: string;
}

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One field, quoted only when RFC 4180 needs it (or when edge spaces would be trimmed). */
export function csvField(cell: Cell | undefined): string {
  if (cell === undefined) return '';
  const value = String(cell);
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function tableCsv(table: Table): string {
  const names = table.columns.map((c) => c.name);
  const lines = [names.map(csvField).join(',')];
  for (const row of table.rows) lines.push(names.map((name) => csvField(row[name])).join(','));
  return lines.map((line) => `${line}\r\n`).join('');
}

/** Nodes and edges as CSV text; no byte-order mark (pandas and R read UTF-8 without one). */
export function toCSV(graph: Graph): CsvTables {
  assertConsistentGraph(graph);
  return { nodes: tableCsv(nodeTable(graph.nodes)), edges: tableCsv(edgeTable(graph.edges)) };
}
