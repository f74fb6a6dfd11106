// Writes a batch of dataset events (GDELT, ICEWS) in the caller's transaction: the nodes they
// refer to (countries, sources, places, non-state actors) MERGEd on their ids ON CREATE only;
// the events MERGEd on their ids with their properties ON CREATE only and marked with the
// batch id; the PARTICIPATED_IN and HELD_AT relationships of the events this transaction
// created; and those events' dyad aggregates.
//
// The relationships are CREATEd, not MERGEd, and only for events created in this transaction:
// an event and its relationships are always committed together, so an event that already
// exists already has them, and a new one has none. A crash rolls the whole batch back; a rerun
// finds the committed events and writes nothing twice.
import type { ManagedTransaction } from 'neo4j-driver';
import { EVENT_LABELS, type EventKind, type ParticipantRole } from '../../schema/model.ts';
import {
  MERGE_COUNTRIES,
  mergeNewNodes,
  mergeNewRelationships,
  type NewNodeRow,
} from './dataset-rows.ts';
import { incrementDyadMonths } from './dyad-aggregates.ts';

export interface Participation {
  id: string;
  role: ParticipantRole;
}

export interface EventWriteRow extends NewNodeRow {
  /** Country ids with their PARTICIPATED_IN role. */
  countries: Participation[];
  /** Non-state actors (Organization or Person ids) with their role; ICEWS only. */
  actors?: Participation[];
  /** The Place id of HELD_AT, or null. */
  place: string | null;
}

/** A non-state actor (ICEWS's "Police (India)", "Donald Trump") and the country it belongs to. */
export interface ActorRow extends NewNodeRow {
  label: 'Organization' | 'Person';
  /** Country id of its PART_OF relationship, or null. */
  country: string | null;
}

export interface EventBatch {
  countries: NewNodeRow[];
  sources: NewNodeRow[];
  places: NewNodeRow[];
  actors?: ActorRow[];
  eventsByKind: Map<EventKind, EventWriteRow[]>;
  /** Every event id of the batch, once each. */
  eventIds: string[];
}

/**
 * The kind's label comes from the EVENT_LABELS allowlist, never from the data. With `actors`,
 * the events' non-state participants are linked too (an Organization or a Person by id).
 */
export function mergeEventsCypher(kind: EventKind, actors = false): string {
  const actorLinks = actors
    ? `
CALL (e, row) {
  UNWIND row.actors AS participant
  OPTIONAL MATCH (o:Organization {id: participant.id})
  OPTIONAL MATCH (p:Person {id: participant.id})
  WITH participant, coalesce(o, p) AS actor WHERE actor IS NOT NULL
  CREATE (actor)-[:PARTICIPATED_IN {role: participant.role,
    evidenceSources: row.props.evidenceSources, evidenceQuotes: row.props.evidenceQuotes}]->(e)
}`
    : '';
  return `
UNWIND $events AS row
MERGE (e:Event {id: row.id})
ON CREATE SET e:${EVENT_LABELS[kind]}, e += row.props, e.importBatch = $batch
WITH e, row WHERE e.importBatch = $batch
CALL (e, row) {
  UNWIND row.countries AS participant
  MATCH (c:Country {id: participant.id})
  CREATE (c)-[:PARTICIPATED_IN {role: participant.role,
    evidenceSources: row.props.evidenceSources, evidenceQuotes: row.props.evidenceQuotes}]->(e)
}${actorLinks}
CALL (e, row) {
  MATCH (p:Place {id: row.place})
  CREATE (e)-[:HELD_AT {
    evidenceSources: row.props.evidenceSources, evidenceQuotes: row.props.evidenceQuotes}]->(p)
}
RETURN count(e) AS created`;
}

async function writeActors(tx: ManagedTransaction, actors: readonly ActorRow[]): Promise<void> {
  for (const label of ['Organization', 'Person'] as const) {
    const rows = actors.filter((a) => a.label === label);
    await mergeNewNodes(
      tx,
      label,
      rows.map(({ id, props }) => ({ id, props })),
    );
    const links = rows
      .filter((a) => a.country !== null)
      .map((a) => ({
        from: a.id,
        to: a.country!,
        props: { evidenceSources: a.props.evidenceSources, evidenceQuotes: a.props.evidenceQuotes },
      }));
    await mergeNewRelationships(tx, 'PART_OF', label, 'Country', links);
  }
}

/** Writes the batch; returns how many of its events are new. */
export async function writeEventBatch(
  tx: ManagedTransaction,
  batch: EventBatch,
  batchId: string,
): Promise<{ created: number }> {
  if (batch.countries.length) await tx.run(MERGE_COUNTRIES, { rows: batch.countries });
  await mergeNewNodes(tx, 'Source', batch.sources);
  await mergeNewNodes(tx, 'Place', batch.places);
  const withActors = batch.actors !== undefined;
  if (batch.actors) await writeActors(tx, batch.actors);
  let created = 0;
  for (const [kind, events] of batch.eventsByKind) {
    const result = await tx.run(mergeEventsCypher(kind, withActors), { events, batch: batchId });
    created += Number(result.records[0]?.get('created') ?? 0);
  }
  // Only when something is new: on a rerun every event exists and its aggregates are counted.
  if (created > 0) await incrementDyadMonths(tx, batch.eventIds, batchId);
  return { created };
}
