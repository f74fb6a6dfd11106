// Rows for the batched writers in write-graph.ts: nodes grouped by label, relationships by
// type and end labels, each row with its evidence as the two parallel lists of schema/model.ts.
import type { EntityLabel, EventKind, RelationshipType } from '../../schema/model.ts';

export interface Evidence {
  evidenceSources: string[];
  evidenceQuotes: string[];
}

export interface NodeRow extends Evidence {
  id: string;
  /** Properties to set; null removes one (so a rerun after an edit leaves no stale value). */
  props: Record<string, unknown>;
}

export interface NodeGroup {
  label: EntityLabel;
  /** For events: the one kind label beside `Event`. */
  eventKind?: EventKind;
  /** Keys of `props` holding 'YYYY-MM-DD' strings to store as Neo4j Dates. */
  dateKeys: readonly string[];
  rows: NodeRow[];
}

export interface RelationshipRow extends Evidence {
  from: string;
  to: string;
  props: Record<string, unknown>;
  /** Properties set only when the write creates the relationship (who made it), never on one it matches. */
  createProps?: Record<string, unknown>;
}

export interface RelationshipGroup {
  type: RelationshipType;
  fromLabel: EntityLabel;
  toLabel: EntityLabel;
  /** Properties that, with the two ends, identify the relationship (MERGE key). */
  keyProps: readonly string[];
  dateKeys: readonly string[];
  rows: RelationshipRow[];
}

export interface SeedGraph {
  nodes: NodeGroup[];
  relationships: RelationshipGroup[];
  /** Ids of every Event, for the dyad aggregates. */
  eventIds: string[];
}

/** Evidence from one source: each quote paired with the source id. */
export function quoted(sourceId: string, quotes: readonly string[]): Evidence {
  return { evidenceSources: quotes.map(() => sourceId), evidenceQuotes: [...quotes] };
}

/** Evidence from dataset sources: a dataset row is its own quote, so the quote is ''. */
export function fromDatasets(sourceIds: readonly string[]): Evidence {
  return { evidenceSources: [...sourceIds], evidenceQuotes: sourceIds.map(() => '') };
}

export function joinEvidence(...parts: Evidence[]): Evidence {
  return {
    evidenceSources: parts.flatMap((p) => p.evidenceSources),
    evidenceQuotes: parts.flatMap((p) => p.evidenceQuotes),
  };
}

/** The searchable name fields every node carries: aliases mirrored into one string. */
export function nameProps(name: string, aliases: readonly string[]): Record<string, unknown> {
  return { name, aliases: [...aliases], aliasText: aliases.join('\n') };
}

/** Adds a row to the group with this key, creating the group on first use. */
export function groupBy<G extends { rows: R[] }, R>(
  groups: Map<string, G>,
  key: string,
  create: () => G,
  row: R,
): void {
  let group = groups.get(key);
  if (!group) groups.set(key, (group = create()));
  group.rows.push(row);
}
