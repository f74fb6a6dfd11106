// Neo4j values → API values: temporal values become ISO 8601 reduced forms at the precision
// stored beside them, internal bookkeeping properties are dropped, evidence is joined with its
// Source nodes.
import neo4j from 'neo4j-driver';
import {
  ENTITY_LABELS,
  EVENT_LABELS,
  type EntityKind,
  type EventKind,
} from '../../schema/model.ts';
import type { Evidence, GraphEdge, GraphNode, PropertyValue } from '../../schema/graph.ts';
import { formatReducedDate } from '../../schema/reduced-date.ts';

/** Properties that are shown elsewhere (id, name) or are bookkeeping, not facts. */
const HIDDEN = new Set([
  'id',
  'name',
  'aliasText',
  'evidenceSources',
  'evidenceQuotes',
  'importBatch',
]);

const KIND_BY_LABEL = new Map<string, EntityKind>(
  Object.entries(ENTITY_LABELS).map(([kind, label]) => [label, kind as EntityKind]),
);
const EVENT_KIND_BY_LABEL = new Map<string, EventKind>(
  Object.entries(EVENT_LABELS).map(([kind, label]) => [label, kind as EventKind]),
);

export function kindOf(labels: readonly string[]): EntityKind {
  for (const label of labels) {
    const kind = KIND_BY_LABEL.get(label);
    if (kind) return kind;
  }
  // Every label Entente writes is in the allowlist; a foreign node is shown as a place-holder.
  return 'ORGANIZATION';
}

export function eventKindOf(labels: readonly string[]): EventKind | null {
  for (const label of labels) {
    const kind = EVENT_KIND_BY_LABEL.get(label);
    if (kind) return kind;
  }
  return null;
}

export type Precision = 'DAY' | 'MONTH' | 'YEAR';

/** A Neo4j Date (first day of its period) as "2022", "2022-09" or "2022-09-08". */
export function formatDate(value: unknown, precision: unknown = 'DAY'): string | null {
  if (value === null || value === undefined) return null;
  let iso: string;
  if (
    neo4j.isDate(value as never) ||
    neo4j.isDateTime(value as never) ||
    neo4j.isLocalDateTime(value as never)
  ) {
    iso = String(value).slice(0, 10);
  } else if (typeof value === 'string') {
    iso = value;
  } else {
    return String(value);
  }
  return formatReducedDate(iso, precision === 'YEAR' || precision === 'MONTH' ? precision : 'DAY');
}

function plainValue(value: unknown, precision: unknown): PropertyValue {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map((v) => plainValue(v, precision)) as PropertyValue;
  if (typeof value === 'object') return formatDate(value, precision);
  return value as PropertyValue;
}

/** Dates told at the node's `datePrecision`; any other `xDate` may have its own `xDatePrecision`. */
const SHARES_DATE_PRECISION = new Set(['date', 'endDate', 'publishedAt']);

/** The facts of a node or relationship, ready for JSON. */
export function plainProperties(props: Record<string, unknown>): Record<string, PropertyValue> {
  const out: Record<string, PropertyValue> = {};
  const precision = props.datePrecision ?? 'DAY';
  for (const [key, value] of Object.entries(props)) {
    if (HIDDEN.has(key)) continue;
    out[key] = plainValue(
      value,
      props[`${key}Precision`] ?? (SHARES_DATE_PRECISION.has(key) ? precision : 'DAY'),
    );
  }
  return out;
}

export interface SourceSummary {
  id: string;
  title: string | null;
  publisher: string | null;
  url: string | null;
}

export type SourceIndex = Map<string, SourceSummary>;

export function indexSources(sources: unknown): SourceIndex {
  return new Map(((sources as SourceSummary[] | null) ?? []).map((s) => [s.id, s]));
}

export function evidenceOf(props: Record<string, unknown>, sources: SourceIndex): Evidence[] {
  const ids = (props.evidenceSources as string[] | undefined) ?? [];
  const quotes = (props.evidenceQuotes as string[] | undefined) ?? [];
  return ids.map((sourceId, i) => {
    const source = sources.get(sourceId);
    return {
      sourceId,
      sourceTitle: source?.title ?? null,
      publisher: source?.publisher ?? null,
      url: source?.url ?? null,
      quote: quotes[i] ? quotes[i]! : null,
    };
  });
}

/** A node as returned by the NODE fragment: {id, labels, props}. */
export interface RawNode {
  id: string;
  labels: string[];
  props: Record<string, unknown>;
}

/** A relationship as returned by the EDGE fragment. */
export interface RawEdge {
  type: string;
  source: string;
  target: string;
  props: Record<string, unknown>;
}

export function toGraphNode(node: RawNode, sources: SourceIndex): GraphNode {
  const properties = plainProperties(node.props);
  const eventKind = eventKindOf(node.labels);
  if (eventKind) properties.eventKind = eventKind;
  return {
    id: node.id,
    kind: kindOf(node.labels),
    label: String(node.props.name ?? node.id),
    properties,
    evidence: evidenceOf(node.props, sources),
  };
}

/**
 * Edge ids are made from their ends and type (plus the role, period or phase that tells
 * parallel relationships apart), so they stay the same across reloads of the data.
 */
export function toGraphEdges(edges: readonly RawEdge[], sources: SourceIndex): GraphEdge[] {
  const seen = new Map<string, number>();
  return edges.map((edge) => {
    const qualifier = edge.props.role ?? edge.props.phase ?? edge.props.title ?? '';
    const base = `${edge.source}|${edge.type}${qualifier ? `:${String(qualifier)}` : ''}|${edge.target}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return {
      id: n === 0 ? base : `${base}#${n}`,
      source: edge.source,
      target: edge.target,
      type: edge.type,
      weight: typeof edge.props.weight === 'number' ? edge.props.weight : 1,
      properties: plainProperties(edge.props),
      evidence: evidenceOf(edge.props, sources),
    };
  });
}
