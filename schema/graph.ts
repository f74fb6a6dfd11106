// The graph view every part exchanges: the API's `Graph` type, the explorer's input, and the
// input of every export format (schema/formats/). Plain data, no behaviour.
import type { EntityKind } from './model.ts';

/** A scalar property value as Neo4j returns it after conversion (dates as ISO strings). */
export type PropertyValue =
  string | number | boolean | null | readonly (string | number | boolean)[];

/** Where a fact comes from: a Source and, for text sources, the quote that supports it. */
export interface Evidence {
  sourceId: string;
  sourceTitle: string | null;
  publisher: string | null;
  url: string | null;
  /** The exact supporting text; null for dataset rows. */
  quote: string | null;
}

export interface GraphNode {
  id: string;
  kind: EntityKind;
  /** The display name. */
  label: string;
  properties: Record<string, PropertyValue>;
  evidence: Evidence[];
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  /** A relationship type from schema/model.ts, or a derived type such as DYAD. */
  type: string;
  weight: number;
  properties: Record<string, PropertyValue>;
  evidence: Evidence[];
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** True whenever a limit cut the graph short. */
  truncated: boolean;
  /** How many edges there were before a limit cut them, where counted (the country network). */
  totalEdges?: number | null;
}
