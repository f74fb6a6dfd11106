// The view as table rows: one per node (name, kind, measures, date) and one per edge (ends,
// type, weight, first and last date), with sorting, filtering and CSV. Pure, so unit-tested.
import type { Graph, PropertyValue } from '../../../schema/graph.ts';
import type { ViewMetrics } from './analytics.ts';

export type Cell = string | number | null;

export interface TableColumn {
  key: string;
  name: string;
  numeric: boolean;
}

export interface TableRow {
  id: string;
  cells: Record<string, Cell>;
}

export const NODE_COLUMNS: TableColumn[] = [
  { key: 'name', name: 'Name', numeric: false },
  { key: 'kind', name: 'Kind', numeric: false },
  { key: 'degree', name: 'Degree', numeric: true },
  { key: 'weightedDegree', name: 'Weighted degree', numeric: true },
  { key: 'betweenness', name: 'Betweenness', numeric: true },
  { key: 'pagerank', name: 'PageRank', numeric: true },
  { key: 'community', name: 'Community', numeric: true },
  { key: 'date', name: 'Date', numeric: false },
];

export const EDGE_COLUMNS: TableColumn[] = [
  { key: 'source', name: 'From', numeric: false },
  { key: 'target', name: 'To', numeric: false },
  { key: 'type', name: 'Type', numeric: false },
  { key: 'weight', name: 'Weight', numeric: true },
  { key: 'first', name: 'First', numeric: false },
  { key: 'last', name: 'Last', numeric: false },
];

const text = (value: PropertyValue | undefined) => (typeof value === 'string' ? value : null);

export function nodeRows(graph: Graph, metrics: ViewMetrics | null): TableRow[] {
  return graph.nodes.map((node) => {
    const m = metrics?.nodes.get(node.id);
    return {
      id: node.id,
      cells: {
        name: node.label,
        kind: node.kind.toLowerCase().replace(/_/g, ' '),
        degree: m?.degree ?? null,
        weightedDegree: m?.weightedDegree ?? null,
        betweenness: m ? Number(m.betweenness.toFixed(4)) : null,
        pagerank: m ? Number(m.pagerank.toFixed(4)) : null,
        // Shown from 1, as the legend counts them.
        community: m ? m.community + 1 : null,
        date: text(node.properties.date),
      },
    };
  });
}

export function edgeRows(graph: Graph): TableRow[] {
  const label = new Map(graph.nodes.map((node) => [node.id, node.label]));
  return graph.edges.map((edge) => {
    const p = edge.properties;
    return {
      id: edge.id,
      cells: {
        source: label.get(edge.source) ?? edge.source,
        target: label.get(edge.target) ?? edge.target,
        type:
          edge.type === 'DYAD' ? 'country relation' : edge.type.toLowerCase().replace(/_/g, ' '),
        weight: edge.weight,
        first: text(p.firstDate) ?? text(p.date) ?? text(p.from),
        last: text(p.lastDate) ?? text(p.date) ?? text(p.to),
      },
    };
  });
}

/** Rows whose text cells contain `filter` (case-insensitive), sorted by one column. */
export function filterAndSort(
  rows: readonly TableRow[],
  filter: string,
  sort: { key: string; descending: boolean } | null,
): TableRow[] {
  const needle = filter.trim().toLowerCase();
  const kept = needle
    ? rows.filter((row) =>
        Object.values(row.cells).some(
          (cell) => typeof cell === 'string' && cell.toLowerCase().includes(needle),
        ),
      )
    : [...rows];
  if (!sort) return kept;
  const sign = sort.descending ? -1 : 1;
  return kept.sort((a, b) => {
    const x = a.cells[sort.key] ?? null;
    const y = b.cells[sort.key] ?? null;
    // Empty cells go last whichever the direction.
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    const order =
      typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return sign * order || a.id.localeCompare(b.id);
  });
}

function csvCell(cell: Cell): string {
  if (cell === null) return '';
  const value = String(cell);
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The rows as CSV (RFC 4180), with an id column first, in the order shown. */
export function rowsToCsv(columns: readonly TableColumn[], rows: readonly TableRow[]): string {
  const lines = [['id', ...columns.map((column) => column.name)].map(csvCell).join(',')];
  for (const row of rows) {
    lines.push(
      [row.id, ...columns.map((column) => row.cells[column.key] ?? null)].map(csvCell).join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
