// Writes a batch of arms transfers (SIPRI) in the caller's transaction: the parties (Country
// nodes, and Organizations for armed groups, international organisations and unknown parties,
// each LOCATED_IN its country) and weapon systems MERGEd ON CREATE only; each ArmsTransfer
// MERGEd on its id with its facts SET (a corrected release updates it in place, a value gone
// from it is removed), its evidence replaced by this write's; (supplier)-[:SUPPLIED]->(t),
// (recipient)-[:RECEIVED]->(t) and (t)-[:CONCERNS]->(weapon) MERGEd; then the per pair-year
// aggregates of every pair and year the batch touched, rebuilt from the transfers themselves
// (transfer-aggregates.ts). A rerun finds every node and relationship and rebuilds the same
// aggregates: nothing changes. A crash rolls the batch back with its aggregates.
import type { ManagedTransaction } from 'neo4j-driver';
import {
  MERGE_COUNTRIES,
  mergeNewNodes,
  mergeNewRelationships,
  type NewNodeRow,
} from './dataset-rows.ts';
import { rebuildTransferAggregates, transferDyadKey } from './transfer-aggregates.ts';

export interface ArmsTransferRow {
  id: string;
  /** Country or Organization ids. */
  supplier: string;
  recipient: string;
  /** WeaponSystem id. */
  weapon: string;
  /** ISO3 codes of the parties that are states with one (for the country-to-country aggregates). */
  supplierIso3: string | null;
  recipientIso3: string | null;
  /** The facts; null removes a property. `date` is 'YYYY-MM-DD' (stored as a Date). */
  props: Record<string, unknown>;
  evidenceSources: string[];
  evidenceQuotes: string[];
}

export interface TransferBatch {
  countries: NewNodeRow[];
  organizations: (NewNodeRow & { locatedIn: string[] })[];
  weapons: NewNodeRow[];
  transfers: ArmsTransferRow[];
}

/** The aggregate keys the existing transfers of this batch count in (before they change). */
const OLD_KEYS = `
UNWIND $ids AS id
MATCH (t:ArmsTransfer {id: id})
WHERE t.dyadKey IS NOT NULL
RETURN collect(DISTINCT t.dyadKey) AS keys`;

export const MERGE_TRANSFERS = `
UNWIND $rows AS row
MERGE (t:ArmsTransfer {id: row.id})
ON CREATE SET t.importBatch = $batch
SET t += row.props, t.date = date(row.props.date), t.dyadKey = row.dyadKey, t.dyadLowerSupplies = row.lowerSupplies,
    t.evidenceSources = row.evidenceSources, t.evidenceQuotes = row.evidenceQuotes
WITH t, row
CALL (t, row) {
  OPTIONAL MATCH (c:Country {id: row.supplier})
  OPTIONAL MATCH (o:Organization {id: row.supplier})
  WITH coalesce(c, o) AS party WHERE party IS NOT NULL
  MERGE (party)-[r:SUPPLIED]->(t)
  SET r.evidenceSources = row.evidenceSources, r.evidenceQuotes = row.evidenceQuotes
}
CALL (t, row) {
  OPTIONAL MATCH (c:Country {id: row.recipient})
  OPTIONAL MATCH (o:Organization {id: row.recipient})
  WITH coalesce(c, o) AS party WHERE party IS NOT NULL
  MERGE (party)-[r:RECEIVED]->(t)
  SET r.evidenceSources = row.evidenceSources, r.evidenceQuotes = row.evidenceQuotes
}
CALL (t, row) {
  MATCH (w:WeaponSystem {id: row.weapon})
  MERGE (t)-[r:CONCERNS]->(w)
  SET r.evidenceSources = row.evidenceSources, r.evidenceQuotes = row.evidenceQuotes
}
RETURN count(t) AS written, sum(CASE WHEN t.importBatch = $batch THEN 1 ELSE 0 END) AS created`;

/** Writes the batch; returns how many transfers it wrote and how many of them are new. */
export async function writeTransferBatch(
  tx: ManagedTransaction,
  batch: TransferBatch,
  batchId: string,
): Promise<{ written: number; created: number }> {
  if (batch.countries.length) await tx.run(MERGE_COUNTRIES, { rows: batch.countries });
  await mergeNewNodes(
    tx,
    'Organization',
    batch.organizations.map(({ id, props }) => ({ id, props })),
  );
  await mergeNewRelationships(
    tx,
    'LOCATED_IN',
    'Organization',
    'Country',
    batch.organizations.flatMap((o) =>
      o.locatedIn.map((country) => ({
        from: o.id,
        to: country,
        props: { evidenceSources: o.props.evidenceSources, evidenceQuotes: o.props.evidenceQuotes },
      })),
    ),
  );
  await mergeNewNodes(tx, 'WeaponSystem', batch.weapons);
  const ids = batch.transfers.map((t) => t.id);
  const old = await tx.run(OLD_KEYS, { ids });
  const keys = new Set<string>((old.records[0]?.get('keys') as string[] | undefined) ?? []);
  const rows = batch.transfers.map((t) => {
    const dyad = transferDyadKey(t.supplierIso3, t.recipientIso3, t.props.orderYear);
    if (dyad) keys.add(dyad.key);
    return { ...t, dyadKey: dyad?.key ?? null, lowerSupplies: dyad?.lowerSupplies ?? null };
  });
  const result = await tx.run(MERGE_TRANSFERS, { rows, batch: batchId });
  const written = Number(result.records[0]?.get('written') ?? 0);
  if (written !== rows.length)
    throw new Error(`ArmsTransfer: wrote ${written} of ${rows.length} rows`);
  await rebuildTransferAggregates(tx, [...keys]);
  return { written, created: Number(result.records[0]?.get('created') ?? 0) };
}
