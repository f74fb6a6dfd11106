// Writes one batch of GDELT events in one transaction: countries, sources and places MERGEd on
// their ids, events MERGEd on `event:gdelt:<GLOBALEVENTID>` (properties ON CREATE only, marked
// with the transaction's batch id), their PARTICIPATED_IN and HELD_AT relationships, and the
// dyad aggregates of the events this transaction created. A crash rolls the whole batch back;
// a rerun finds the committed events and creates nothing twice.
import type { ManagedTransaction } from 'neo4j-driver';
import { EVENT_LABELS, type EventKind } from '../../../schema/model.ts';
import { incrementDyadMonths } from '../../dyad-aggregates.ts';
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
RETURN sum(CASE WHEN e.importBatch = $batch THEN 1 ELSE 0 END) AS created`;
}

export const MERGE_PARTICIPATIONS = `
UNWIND $links AS l
MATCH (e:Event {id: l.event})
MATCH (c:Country {id: l.target})
MERGE (c)-[r:PARTICIPATED_IN {role: l.role}]->(e)
ON CREATE SET r.evidenceSources = l.sources, r.evidenceQuotes = ['']`;

export const MERGE_HELD_AT = `
UNWIND $links AS l
MATCH (e:Event {id: l.event})
MATCH (p:Place {id: l.target})
MERGE (e)-[r:HELD_AT]->(p)
ON CREATE SET r.evidenceSources = l.sources, r.evidenceQuotes = ['']`;

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
  if (rows.participations.length) await tx.run(MERGE_PARTICIPATIONS, { links: rows.participations });
  if (rows.heldAt.length) await tx.run(MERGE_HELD_AT, { links: rows.heldAt });
  // Only when something is new: on a rerun every event exists and the aggregates are done.
  if (created > 0) await incrementDyadMonths(tx, rows.eventIds, batch);
  return { written: rows.eventIds.length, created };
}
