// Keeps the country-to-country aggregates of arms transfers (DYAD_TRANSFERS, schema/model.ts)
// current: one relationship per pair of states and year of order, from the lower ISO3 code to
// the higher, so that the country network and the dyad read a few thousand aggregates, not
// every transfer.
//
// Unlike the event buckets (incremented by the transaction that creates an event), these are
// rebuilt: a writer of transfers passes the keys its batch touched (before and after its
// change), and each of those buckets is counted again from the ArmsTransfer nodes that carry
// its key (`dyadKey`, indexed). A bucket is then a pure function of the transfers, so a rerun,
// a corrected release that changes a TIV in place, or a rerun after a crash all end with the
// same aggregates. A bucket left without transfers is deleted.
//
// Only transfers between two states with ISO3 codes are aggregated (as agreements in the
// network are): a transfer to an armed group or from a historical state without an ISO code is
// in the graph, linked to its parties, but on no country-to-country edge.
import type { ManagedTransaction } from 'neo4j-driver';
import { DYAD_TRANSFERS } from '../../schema/model.ts';

/** The aggregate a transfer counts in: `AAA|BBB|year` (or `|undated`), and who supplied whom. */
export function transferDyadKey(
  supplierIso3: string | null,
  recipientIso3: string | null,
  orderYear: unknown,
): { key: string; lowerSupplies: boolean } | null {
  if (!supplierIso3 || !recipientIso3 || supplierIso3 === recipientIso3) return null;
  const [a, b] = [supplierIso3, recipientIso3].sort();
  const year = orderYear === null || orderYear === undefined ? 'undated' : String(orderYear);
  return { key: `${a}|${b}|${year}`, lowerSupplies: supplierIso3 === a };
}

export const REBUILD_TRANSFER_AGGREGATES = `
UNWIND $keys AS key
WITH key, split(key, '|') AS parts
MATCH (a:Country {iso3: parts[0]})
MATCH (b:Country {iso3: parts[1]})
CALL (key) {
  OPTIONAL MATCH (t:ArmsTransfer {dyadKey: key})
  WITH t ORDER BY t.id
  RETURN count(t) AS transfers,
         sum(CASE WHEN t.dyadLowerSupplies THEN 1 ELSE 0 END) AS lowerSupplies,
         sum(coalesce(t.tivOrdered, 0.0)) AS tivOrdered,
         sum(coalesce(t.tivDelivered, 0.0)) AS tivDelivered,
         sum(coalesce(t.numberDelivered, 0)) AS unitsDelivered,
         max(coalesce(t.lastDeliveryYear, t.orderYear)) AS lastYear,
         collect(t.id)[0..5] AS sample
}
MERGE (a)-[r:${DYAD_TRANSFERS} {key: key}]->(b)
SET r.month = CASE WHEN parts[2] = 'undated' THEN null ELSE date({year: toInteger(parts[2])}) END,
    r.until = CASE WHEN parts[2] = 'undated' THEN null ELSE date({year: toInteger(parts[2]), month: 12}) END,
    r.transfers = transfers,
    // Edge direction is by ISO3 code; these say who supplied whom.
    r.fromLowerCode = lowerSupplies, r.fromHigherCode = transfers - lowerSupplies,
    r.tivOrdered = tivOrdered, r.tivDelivered = tivDelivered, r.unitsDelivered = unitsDelivered,
    r.lastYear = lastYear, r.sampleTransfers = sample
WITH r, transfers WHERE transfers = 0
DELETE r`;

/** Counts the buckets of these keys again from their transfers. */
export async function rebuildTransferAggregates(
  tx: ManagedTransaction,
  keys: readonly string[],
): Promise<void> {
  if (keys.length === 0) return;
  await tx.run(REBUILD_TRANSFER_AGGREGATES, { keys });
}
