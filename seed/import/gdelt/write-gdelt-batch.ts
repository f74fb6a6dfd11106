// Writes one batch of GDELT events in one transaction: countries, sources and places MERGEd on
// their ids; events MERGEd on `event:gdelt:<GLOBALEVENTID>` with their properties ON CREATE only
// and marked with the transaction's batch id; the PARTICIPATED_IN and HELD_AT relationships of
// the events this transaction created; and those events' dyad aggregates.
//
// The relationships are CREATEd, not MERGEd, and only for events created in this transaction:
// an event and its relationships are always committed together, so an event that already
// exists already has them, and a new one has none. A crash rolls the whole batch back; a rerun
// finds the committed events and writes nothing twice.
import type { ManagedTransaction } from 'neo4j-driver';
import { EVENT_LABELS, type EventKind } from '../../../schema/model.ts';
import { incrementDyadMonths } from '../../../db/write/dyad-aggregates.ts';
import { MERGE_COUNTRIES } from '../country-rows.ts';
import type { BatchResult } from '../write-pipeline.ts';
import type { GdeltGraphRows } from './graph-rows.ts';

export const MERGE_URL_SOURCES = `
UNWIND $sources AS s
MERGE (n:Source {id: s.id})
ON CREATE SET n += s.props`;

export const MERGE_PLACES = `
UNWIND $places AS p
MERGE (n:Place {id: p.id})
ON CREATE SET n += p.props`;

/** The kind's label comes from the EVENT_LABELS allowlist, never from the data. */
export function mergeEventsCypher(kind: EventKind): string {
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
}
CALL (e, row) {
  MATCH (p:Place {id: row.place})
  CREATE (e)-[:HELD_AT {
    evidenceSources: row.props.evidenceSources, evidenceQuotes: row.props.evidenceQuotes}]->(p)
}
RETURN count(e) AS created`;
}

export async function writeGdeltBatch(
  tx: ManagedTransaction,
  rows: GdeltGraphRows,
  batch: string,
): Promise<BatchResult> {
  if (rows.countries.length) await tx.run(MERGE_COUNTRIES, { countries: rows.countries });
  if (rows.sources.length) await tx.run(MERGE_URL_SOURCES, { sources: rows.sources });
  if (rows.places.length) await tx.run(MERGE_PLACES, { places: rows.places });
  let created = 0;
  for (const [kind, events] of rows.eventsByKind) {
    const result = await tx.run(mergeEventsCypher(kind), { events, batch });
    created += Number(result.records[0]?.get('created') ?? 0);
  }
  // Only when something is new: on a rerun every event exists and its aggregates are counted.
  if (created > 0) await incrementDyadMonths(tx, rows.eventIds, batch);
  return { written: rows.eventIds.length, created };
}
