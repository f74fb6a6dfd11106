// Nodes and relationships that a dataset row stands for (a country, a source, a place, an
// ICEWS actor, a weapon system): MERGEd on their id with properties set ON CREATE only, so an
// import works on an empty database, a rerun changes nothing, and an import never overwrites
// what the seed loader or a curator wrote about the same node. Labels and types are checked
// against the allowlists of schema/model.ts before they are spliced; every value is a parameter.
import type { ManagedTransaction } from 'neo4j-driver';
import {
  ENTITY_LABELS,
  RELATIONSHIP_TYPES,
  type EntityLabel,
  type RelationshipType,
} from '../../schema/model.ts';

export interface NewNodeRow {
  id: string;
  /** Every property of the node, its evidence lists included; written only when it is new. */
  props: Record<string, unknown>;
}

export interface NewRelationshipRow {
  from: string;
  to: string;
  props: Record<string, unknown>;
}

const LABELS = new Set<string>(Object.values(ENTITY_LABELS));
const TYPES = new Set<string>(RELATIONSHIP_TYPES);

export function checkedLabel(name: string): EntityLabel {
  if (!LABELS.has(name)) throw new Error(`label "${name}" is not in the allowlist`);
  return name as EntityLabel;
}

export function checkedType(name: string): RelationshipType {
  if (!TYPES.has(name)) throw new Error(`type "${name}" is not in the allowlist`);
  return name as RelationshipType;
}

export function mergeNewNodesCypher(label: EntityLabel): string {
  return `
UNWIND $rows AS row
MERGE (n:${checkedLabel(label)} {id: row.id})
ON CREATE SET n += row.props`;
}

/** The statement every importer writes its countries with (`$rows` of NewNodeRow). */
export const MERGE_COUNTRIES = mergeNewNodesCypher('Country');

/** One relationship per pair of ends (and type): dataset links such as an actor PART_OF its country. */
export function mergeNewRelationshipsCypher(
  type: RelationshipType,
  fromLabel: EntityLabel,
  toLabel: EntityLabel,
): string {
  return `
UNWIND $rows AS row
MATCH (a:${checkedLabel(fromLabel)} {id: row.from})
MATCH (b:${checkedLabel(toLabel)} {id: row.to})
MERGE (a)-[r:${checkedType(type)}]->(b)
ON CREATE SET r += row.props`;
}

/** MERGEs the nodes; returns how many were created. */
export async function mergeNewNodes(
  tx: ManagedTransaction,
  label: EntityLabel,
  rows: readonly NewNodeRow[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const result = await tx.run(mergeNewNodesCypher(label), { rows });
  return result.summary.counters.updates().nodesCreated;
}

/** MERGEs the relationships (both ends must exist); returns how many were created. */
export async function mergeNewRelationships(
  tx: ManagedTransaction,
  type: RelationshipType,
  fromLabel: EntityLabel,
  toLabel: EntityLabel,
  rows: readonly NewRelationshipRow[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const result = await tx.run(mergeNewRelationshipsCypher(type, fromLabel, toLabel), { rows });
  return result.summary.counters.updates().relationshipsCreated;
}
