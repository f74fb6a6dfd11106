// Writes the synthetic graph with batched UNWIND ... MERGE statements on unique ids, the way the
// importers do: events are created with their relationships and their dyad-month aggregates
// in one transaction per batch (relationships only for events new in that transaction), so an
// interrupted run resumes without counting anything twice. The dataset's Source node gets the
// generator version last: its presence means the whole graph is there.
import { createHash } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { applySchema } from '../../schema/constraints.ts';
import type { EventKind } from '../../schema/model.ts';
import { MERGE_COUNTRIES } from '../../db/write/dataset-rows.ts';
import { mergeEventsCypher } from '../../db/write/events.ts';
import { REFRESH_AGREEMENT_PAIRS } from '../../db/write/agreement-pairs.ts';
import {
  INCREMENT_DYAD_MONTHS,
  INCREMENT_DYAD_TOTALS,
  INCREMENT_DYAD_YEARS,
  incrementDyadMonths,
} from '../../db/write/dyad-aggregates.ts';
import type { Database } from '../../db/connect.ts';
import { buildActors, DATASET_SOURCE_ID, type Actors } from './actor-rows.ts';
import { agreementRow } from './agreement-rows.ts';
import { eventRow, type EventRow } from './event-rows.ts';
import { GENERATOR_VERSION, SIZES } from './graph-plan.ts';

/**
 * What identifies a generated graph: a stored graph with another stamp is rebuilt. Besides the
 * generator's version and sizes, it fingerprints the aggregate statements and the importer's
 * event statement, which belong to others and change the stored graph when they change. The
 * schema is not in it: its statements are idempotent and applied again to a reused graph
 * (bench/api.ts), so a new index elsewhere does not cost an hour's rebuild of the 1M graph.
 */
export const GRAPH_STAMP = [
  GENERATOR_VERSION,
  createHash('sha256')
    .update(
      [
        INCREMENT_DYAD_MONTHS,
        INCREMENT_DYAD_YEARS,
        INCREMENT_DYAD_TOTALS,
        REFRESH_AGREEMENT_PAIRS,
        mergeEventsCypher('MEETING'),
      ].join('\n'),
    )
    .digest('hex')
    .slice(0, 12),
  JSON.stringify(SIZES),
].join(':');

const EVIDENCE_OF = (v: string) =>
  `evidenceSources: ${v}.evidenceSources, evidenceQuotes: ${v}.evidenceQuotes`;

const MERGE_SOURCES = `
UNWIND $rows AS row
MERGE (n:Source {id: row.id})
ON CREATE SET n += row.props`;

const MERGE_PLACES = `
UNWIND $rows AS row
MERGE (p:Place {id: row.id})
ON CREATE SET p += row.props
WITH p, row
MATCH (c:Country {id: row.country})
MERGE (p)-[r:LOCATED_IN]->(c)
ON CREATE SET r += {${EVIDENCE_OF('row.props')}}`;

const MERGE_PEOPLE = `
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
ON CREATE SET p += row.props
WITH p, row
UNWIND row.offices AS office
MATCH (c:Country {id: office.country})
MERGE (p)-[r:HOLDS_OFFICE {title: office.title, from: office.from}]->(c)
ON CREATE SET r.to = office.to, r += {${EVIDENCE_OF('row.props')}}`;

const MERGE_AGREEMENTS = `
UNWIND $rows AS row
MERGE (g:Agreement {id: row.id})
ON CREATE SET g += row.props
WITH g, row
UNWIND row.parties AS party
MATCH (c:Country {id: party.id})
MERGE (c)-[r:PARTY_TO]->(g)
ON CREATE SET r.from = party.from, r.to = party.to, r += {${EVIDENCE_OF('row.props')}}`;

/**
 * The officials of the events this transaction created (the GDELT importer's statement, reused
 * below, writes the events with their states and places): people take part, and the speaker
 * of a statement STATED it.
 */
const LINK_OFFICIALS = `
UNWIND $rows AS row
MATCH (e:Event {id: row.id})
WHERE e.importBatch = $batch
CALL (e, row) {
  UNWIND row.people AS participant
  MATCH (p:Person {id: participant.id})
  CREATE (p)-[:PARTICIPATED_IN {role: participant.role, ${EVIDENCE_OF('row.props')}}]->(e)
}
CALL (e, row) {
  MATCH (s:Person {id: row.speaker})
  CREATE (s)-[:STATED {${EVIDENCE_OF('row.props')}}]->(e)
}`;

async function inChunks<T>(
  rows: readonly T[],
  size: number,
  write: (chunk: T[]) => Promise<unknown>,
) {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}

async function writeEventBatch(tx: ManagedTransaction, rows: EventRow[], batch: string) {
  const byKind = new Map<EventKind, EventRow[]>();
  for (const row of rows) {
    if (!byKind.has(row.kind)) byKind.set(row.kind, []);
    byKind.get(row.kind)!.push(row);
  }
  let created = 0;
  for (const [kind, kindRows] of byKind) {
    const result = await tx.run(mergeEventsCypher(kind), { events: kindRows, batch });
    created += Number(result.records[0]?.get('created') ?? 0);
  }
  if (created === 0) return; // a resumed run: these events and their links are committed
  await tx.run(LINK_OFFICIALS, { rows, batch });
  await incrementDyadMonths(
    tx,
    rows.map((r) => r.id),
    batch,
  );
}

/** Brings a reused graph's indexes and constraints up to the current schema. */
export async function applyCurrentSchema(db: Database): Promise<void> {
  await applySchema((cypher) => db.driver.executeQuery(cypher, {}, { database: db.database }));
}

export async function storedStamp(db: Database): Promise<string | null> {
  const { records } = await db.driver.executeQuery(
    'OPTIONAL MATCH (s:Source {id: $id}) RETURN s.generatorVersion AS stamp',
    { id: DATASET_SOURCE_ID },
    { database: db.database },
  );
  return (records[0]?.get('stamp') as string | null) ?? null;
}

/** Empties the bench database (a graph of another generator version) in bounded transactions. */
export async function emptyGraph(db: Database): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    // Relationships first: DETACH DELETE of a hub state (hundreds of thousands of
    // relationships) in one inner transaction exceeded the transaction memory pool.
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS');
    await session.run('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

export async function writeGraph(db: Database, log: (line: string) => void): Promise<void> {
  const run = (cypher: string, params: Record<string, unknown> = {}) =>
    db.driver.executeQuery(cypher, params, { database: db.database });
  await applySchema((cypher) => run(cypher));
  const actors: Actors = buildActors();
  await inChunks(actors.sources, 5_000, (rows) => run(MERGE_SOURCES, { rows }));
  await run(MERGE_COUNTRIES, { rows: actors.countries });
  await inChunks(actors.places, 2_000, (rows) => run(MERGE_PLACES, { rows }));
  await inChunks(actors.people, 2_000, (rows) => run(MERGE_PEOPLE, { rows }));
  log(
    `  actors written: ${actors.countries.length} states, ${actors.places.length} places, ${actors.people.length} people, ${actors.sources.length} sources`,
  );
  const agreements = Array.from({ length: SIZES.agreements }, (_, i) => agreementRow(actors, i));
  const agreementSession = db.driver.session({ database: db.database });
  try {
    // The agreements and their pairs' aggregate in one transaction per chunk, as the importers do.
    await inChunks(agreements, 500, (rows) =>
      agreementSession.executeWrite(async (tx) => {
        await tx.run(MERGE_AGREEMENTS, { rows });
        await tx.run(REFRESH_AGREEMENT_PAIRS, { agreementIds: rows.map((r) => r.id) });
      }),
    );
  } finally {
    await agreementSession.close();
  }
  log(`  agreements written: ${agreements.length}`);
  // A fresh batch id per run: a resumed run must not take committed events for its own.
  const runId = `bench-api-${Date.now()}`;
  const session = db.driver.session({ database: db.database });
  try {
    for (let start = 0; start < SIZES.events; start += SIZES.eventBatch) {
      const end = Math.min(start + SIZES.eventBatch, SIZES.events);
      const rows = Array.from({ length: end - start }, (_, k) => eventRow(actors, start + k));
      await session.executeWrite((tx) => writeEventBatch(tx, rows, `${runId}-${start}`));
      if ((end / SIZES.eventBatch) % 10 === 0 || end === SIZES.events)
        log(`  events written: ${end}`);
    }
  } finally {
    await session.close();
  }
  await run('MATCH (s:Source {id: $id}) SET s.generatorVersion = $stamp', {
    id: DATASET_SOURCE_ID,
    stamp: GRAPH_STAMP,
  });
}
