// The tabular view of a Graph shared by GraphML, GEXF and CSV: one row per node or edge, one
// typed column per field. Those formats hold scalars only, so lists are joined with '; ' and
// evidence is written three ways: `sources` and `quotes` to read, `evidence` (JSON) to be exact.
import type { Evidence, GraphEdge, GraphNode, PropertyValue } from '../graph.ts';
import { placeProperties } from './place-properties.ts';

/** Column types in GraphML's vocabulary; GEXF's writer infers the same ones (integer/long/…). */
export type ColumnType = 'string' | 'int' | 'long' | 'double' | 'boolean';
export type Cell = string | number | boolean;

export interface Column {
  name: string;
  type: ColumnType;
}

export interface Table {
  columns: Column[];
  /** One row per element; a missing key means "no value" (absent or null in the graph). */
  rows: Record<string, Cell>[];
}

/** Separator of flattened lists; documented in the CSV README. */
export const LIST_SEPARATOR = '; ';

const NODE_FIXED = ['id', 'kind', 'label'] as const;
const EDGE_FIXED = ['id', 'source', 'target', 'type', 'weight'] as const;
const EVIDENCE_COLUMNS = ['sources', 'quotes', 'evidence'] as const;

/** A property value as one scalar cell; null becomes "no value". */
export function flattenValue(value: PropertyValue): Cell | undefined {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) return value.map(String).join(LIST_SEPARATOR);
  return value as Cell;
}

/** Evidence as its three columns; `quotes` keeps one ('' for a dataset row) per source. */
export function evidenceCells(evidence: readonly Evidence[]): Record<string, Cell> {
  return {
    sources: evidence.map((e) => e.sourceId).join(LIST_SEPARATOR),
    quotes: evidence.map((e) => e.quote ?? '').join(LIST_SEPARATOR),
    evidence: JSON.stringify(evidence),
  };
}

function inferType(cells: readonly Cell[]): ColumnType {
  if (cells.length === 0) return 'string';
  if (cells.every((c) => typeof c === 'boolean')) return 'boolean';
  if (!cells.every((c) => typeof c === 'number')) return 'string';
  const numbers = cells as number[];
  if (numbers.every((n) => Number.isInteger(n) && Math.abs(n) <= 0x7fffffff)) return 'int';
  if (numbers.every((n) => Number.isSafeInteger(n))) return 'long';
  return 'double';
}

function buildTable(
  rows: Record<string, Cell>[],
  fixed: readonly string[],
  forced: Record<string, ColumnType>,
): Table {
  const fixedSet = new Set<string>([...fixed, ...EVIDENCE_COLUMNS]);
  const propertyNames = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) propertyNames.add(key);
  for (const name of fixedSet) propertyNames.delete(name);
  // Properties sorted by name, so two exports of different views line their columns up.
  const names = [...fixed, ...[...propertyNames].sort(), ...EVIDENCE_COLUMNS];
  const columns = names.map((name): Column => {
    const cells = rows.map((row) => row[name]).filter((c): c is Cell => c !== undefined);
    const type = forced[name] ?? inferType(cells);
    if (type === 'string') {
      // A column of mixed types is text; its numbers and booleans become their text.
      for (const row of rows) if (row[name] !== undefined) row[name] = String(row[name]);
    }
    return { name, type };
  });
  return { columns, rows };
}

export function nodeTable(nodes: readonly GraphNode[]): Table {
  const reserved = new Set<string>([...NODE_FIXED, ...EVIDENCE_COLUMNS]);
  const rows = nodes.map((node) => {
    const row: Record<string, Cell> = { id: node.id, kind: node.kind, label: node.label };
    placeProperties(row, node.properties, reserved, flattenValue);
    return Object.assign(row, evidenceCells(node.evidence));
  });
  return buildTable(rows, NODE_FIXED, { id: 'string', kind: 'string', label: 'string' });
}

export function edgeTable(edges: readonly GraphEdge[]): Table {
  const reserved = new Set<string>([...EDGE_FIXED, ...EVIDENCE_COLUMNS]);
  const rows = edges.map((edge) => {
    const row: Record<string, Cell> = {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: edge.type,
      weight: edge.weight,
    };
    placeProperties(row, edge.properties, reserved, flattenValue);
    return Object.assign(row, evidenceCells(edge.evidence));
  });
  // Weight is double even when every weight is whole: Gephi and networkx expect a real number.
  return buildTable(rows, EDGE_FIXED, {
    id: 'string',
    source: 'string',
    target: 'string',
    type: 'string',
    weight: 'double',
  });
}
