// Keeps the monthly country-to-country aggregates (DYAD_MONTH, see schema/model.ts) current.
//
// Writers mark each Event they create with `importBatch = $batch` (ON CREATE only) and call
// this in the same transaction, after the PARTICIPATED_IN relationships exist. Only events
// created by this transaction are counted, so re-importing a row adds nothing, and a crash
// rolls the aggregate back together with the events: a rerun ends in the same state.
// `sampleEvents` keeps the first few event ids of each month: the evidence a derived
// country-to-country edge shows without scanning its events.
import type { ManagedTransaction } from 'neo4j-driver';

export const INCREMENT_DYAD_MONTHS = `
UNWIND $eventIds AS eventId
MATCH (e:Event {id: eventId})
WHERE e.importBatch = $batch AND e.date IS NOT NULL
MATCH (a:Country)-[:PARTICIPATED_IN]->(e)<-[:PARTICIPATED_IN]-(b:Country)
WHERE a.iso3 < b.iso3
WITH DISTINCT a, b, e
// An event dated only by its year may have happened in any month of it: it goes to a bucket of
// its own that spans the year (month = January, until = December), so that a date range
// overlapping that year finds it, as the events query does.
WITH a, b, e, e.datePrecision = 'YEAR' AS yearly
WITH a, b, yearly, date.truncate(CASE WHEN yearly THEN 'year' ELSE 'month' END, e.date) AS month,
     count(e) AS events,
     sum(coalesce(e.goldstein, 0.0)) AS goldstein,
     sum(CASE WHEN e:Meeting THEN 1 ELSE 0 END) AS meetings,
     sum(CASE WHEN e:Exercise THEN 1 ELSE 0 END) AS exercises,
     sum(CASE WHEN e:Incident THEN 1 ELSE 0 END) AS incidents,
     sum(CASE WHEN e:Statement THEN 1 ELSE 0 END) AS statements,
     sum(CASE WHEN e:Cooperation THEN 1 ELSE 0 END) AS cooperations,
     collect(e.id)[0..5] AS sample
// Keyed by one indexed property: matching on {month} alone made Neo4j walk every relationship
// of two busy countries (2.9M reads per 5,000-event batch); the key is a single index seek.
MERGE (a)-[r:DYAD_MONTH {key: a.iso3 + '|' + b.iso3 + '|' + CASE WHEN yearly THEN toString(month.year) ELSE toString(month) END}]->(b)
ON CREATE SET r.month = month, r.until = CASE WHEN yearly THEN month + duration('P11M') END, r.events = 0, r.goldsteinSum = 0.0, r.meetings = 0, r.exercises = 0,
              r.incidents = 0, r.statements = 0, r.cooperations = 0
SET r.events = r.events + events,
    r.goldsteinSum = r.goldsteinSum + goldstein,
    r.meetings = r.meetings + meetings,
    r.exercises = r.exercises + exercises,
    r.incidents = r.incidents + incidents,
    r.statements = r.statements + statements,
    r.cooperations = r.cooperations + cooperations,
    r.sampleEvents = (coalesce(r.sampleEvents, []) + sample)[0..5]
`;

/** Adds the events of `eventIds` created under `batch` to their dyads' monthly aggregates. */
export async function incrementDyadMonths(
  tx: ManagedTransaction,
  eventIds: readonly string[],
  batch: string,
): Promise<void> {
  if (eventIds.length === 0) return;
  await tx.run(INCREMENT_DYAD_MONTHS, { eventIds, batch });
}
