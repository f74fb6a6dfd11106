// Writes agreements and their parties in the caller's transaction, through the graph's shared
// writers (write-graph.ts): Agreements MERGEd on their id and PARTY_TO on its membership key,
// properties SET each time (a corrected dataset release updates them in place, a value gone
// from it is removed), evidence merged (this source's evidence replaced, any other source's
// kept), and the parties' Country nodes MERGEd ON CREATE first. A rerun creates nothing.
import type { ManagedTransaction } from 'neo4j-driver';
import { refreshAgreementPairs } from './agreement-pairs.ts';
import { MERGE_COUNTRIES, type NewNodeRow } from './dataset-rows.ts';
import type { NodeRow, RelationshipRow } from './graph-rows.ts';
import { writeNodes, writeRelationships, type WriteCounts } from './write-graph.ts';

/** Agreement properties holding 'YYYY-MM-DD' strings (stored as Dates). */
export const AGREEMENT_DATE_KEYS = ['date', 'endDate'] as const;
/** PARTY_TO properties holding 'YYYY-MM-DD' strings; `membershipKey` identifies a membership. */
export const PARTY_DATE_KEYS = ['from', 'to'] as const;

export interface AgreementBatch {
  /** Countries the memberships need (written only when new). */
  countries: NewNodeRow[];
  agreements: NodeRow[];
  /** from: a Country id; to: an Agreement id; props.membershipKey: unique per membership. */
  memberships: RelationshipRow[];
}

/** Writes the batch; returns how many agreements and memberships are new. */
export async function writeAgreementBatch(
  tx: ManagedTransaction,
  batch: AgreementBatch,
  batchId: string,
): Promise<{ created: number }> {
  const counts: WriteCounts = { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 };
  if (batch.countries.length) await tx.run(MERGE_COUNTRIES, { rows: batch.countries });
  if (batch.agreements.length) {
    await writeNodes(
      tx,
      [{ label: 'Agreement', dateKeys: AGREEMENT_DATE_KEYS, rows: batch.agreements }],
      batchId,
      counts,
    );
  }
  if (batch.memberships.length) {
    await writeRelationships(
      tx,
      [
        {
          type: 'PARTY_TO',
          fromLabel: 'Country',
          toLabel: 'Agreement',
          keyProps: ['membershipKey'],
          dateKeys: PARTY_DATE_KEYS,
          rows: batch.memberships,
        },
      ],
      counts,
    );
  }
  // In the same transaction: the pairs of every agreement this batch touched.
  await refreshAgreementPairs(tx, [
    ...batch.agreements.map((g) => g.id),
    ...batch.memberships.map((m) => m.to),
  ]);
  return { created: counts.nodesCreated + counts.relationshipsCreated };
}
