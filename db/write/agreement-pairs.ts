// Keeps the per-dyad agreement aggregate (DYAD_AGREEMENTS, see schema/model.ts) current: for
// each pair of countries party to a common agreement, one relationship from the lower ISO3 to
// the higher holding that pair's agreements as parallel lists, sorted by agreement id, so that
// the country network reads one relationship per pair instead of joining every agreement's
// parties with each other (an alliance of 35 members is 595 pairs on every request).
//
// Writers of agreements or memberships (PARTY_TO) call refreshAgreementPairs in the same
// transaction, after the memberships are written, with the agreements they touched: every
// pair among those agreements' parties is rebuilt from the memberships that exist then, so a
// rerun or an added membership ends in the same state as a fresh load. A writer that
// removes an agreement or a membership (a retraction) rebuilds the pairs of the countries that
// were party, with refreshCountryPairs.)
//
// Per agreement of the pair (lists cannot hold nulls, so absent dates are sentinels):
// - `dated`, `dates`, `precisions`: whether it has a date, its date, that date's precision;
// - `ends`: the last day of its period (its endDate, else the end of its date's period);
// - `lastDates`, `lastPrecisions`: its end date when it has one, else its date (as the network
//   reports "last agreement");
// - `inForce`: 1 when it has no end date and is not ENDED;
// - `aFrom`, `aTo`, `bFrom`, `bTo`: the span of each side's memberships (first from, last to).
import type { ManagedTransaction } from 'neo4j-driver';
import { DYAD_AGREEMENTS } from '../../schema/model.ts';

/** Stands for an absent start (before every date) and an absent end (after every date). */
export const NO_START = '0001-01-01';
export const NO_END = '9999-12-31';

const PERIOD_END = (g: string) =>
  `coalesce(${g}.endDate, ${g}.date + CASE ${g}.datePrecision WHEN 'YEAR' THEN duration('P1Y') WHEN 'MONTH' THEN duration('P1M') ELSE duration('P1D') END - duration('P1D'))`;

/** Rebuilds the aggregate of each pair (a, b), a.iso3 < b.iso3, from the agreements they share now. */
const REBUILD_PAIRS = `CALL (a, b) {
  OPTIONAL MATCH (a)-[r:${DYAD_AGREEMENTS}]->(b)
  DELETE r
}
CALL (a, b) {
  MATCH (a)-[pa:PARTY_TO]->(g:Agreement)<-[pb:PARTY_TO]-(b)
  WITH g, min(coalesce(pa.from, date('${NO_START}'))) AS aFrom, max(coalesce(pa.to, date('${NO_END}'))) AS aTo,
       min(coalesce(pb.from, date('${NO_START}'))) AS bFrom, max(coalesce(pb.to, date('${NO_END}'))) AS bTo
  ORDER BY g.id
  RETURN collect(g.id) AS ids,
         collect(g.date IS NOT NULL) AS dated,
         collect(coalesce(g.date, date('${NO_START}'))) AS dates,
         collect(coalesce(g.datePrecision, 'DAY')) AS precisions,
         collect(coalesce(${PERIOD_END('g')}, date('${NO_END}'))) AS ends,
         collect(coalesce(g.endDate, g.date, date('${NO_START}'))) AS lastDates,
         collect(CASE WHEN g.endDate IS NULL THEN coalesce(g.datePrecision, 'DAY')
                      ELSE coalesce(g.endDatePrecision, g.datePrecision, 'DAY') END) AS lastPrecisions,
         collect(CASE WHEN g.endDate IS NULL AND coalesce(g.status, '') <> 'ENDED' THEN 1 ELSE 0 END) AS inForce,
         collect(aFrom) AS aFrom, collect(aTo) AS aTo, collect(bFrom) AS bFrom, collect(bTo) AS bTo
}
WITH a, b, ids, dated, dates, precisions, ends, lastDates, lastPrecisions, inForce, aFrom, aTo, bFrom, bTo
WHERE size(ids) > 0
CREATE (a)-[:${DYAD_AGREEMENTS} {key: a.iso3 + '|' + b.iso3, agreementIds: ids, dated: dated,
  dates: dates, precisions: precisions, ends: ends, lastDates: lastDates,
  lastPrecisions: lastPrecisions, inForce: inForce, aFrom: aFrom, aTo: aTo, bFrom: bFrom, bTo: bTo}]->(b)
RETURN count(*) AS pairs`;

/** The pairs among the given agreements' parties, rebuilt from all the agreements they share. */
export const REFRESH_AGREEMENT_PAIRS = `
UNWIND $agreementIds AS agreementId
MATCH (a:Country)-[:PARTY_TO]->(:Agreement {id: agreementId})<-[:PARTY_TO]-(b:Country)
WHERE a.iso3 < b.iso3
WITH DISTINCT a, b
${REBUILD_PAIRS}`;

/** The pairs among these countries (ISO3), rebuilt: for a writer that removed an agreement or a membership. */
const REFRESH_COUNTRY_PAIRS = `
UNWIND $iso3 AS x
UNWIND $iso3 AS y
WITH x, y WHERE x < y
MATCH (a:Country {iso3: x})
MATCH (b:Country {iso3: y})
${REBUILD_PAIRS}`;

/** Rebuilds the agreement aggregate of every pair of parties of these agreements. */
export async function refreshAgreementPairs(
  tx: ManagedTransaction,
  agreementIds: readonly string[],
): Promise<void> {
  if (agreementIds.length === 0) return;
  await tx.run(REFRESH_AGREEMENT_PAIRS, { agreementIds: [...new Set(agreementIds)] });
}

/** Rebuilds the agreement aggregate of every pair among these countries (ISO3 codes). */
export async function refreshCountryPairs(
  tx: ManagedTransaction,
  iso3: readonly string[],
): Promise<void> {
  if (iso3.length < 2) return;
  await tx.run(REFRESH_COUNTRY_PAIRS, { iso3: [...new Set(iso3)] });
}
