// Writes ATOP agreements and memberships, one transaction per batch. Agreements are MERGEd on
// `agreement:atop:<atopid>` and memberships on their key (see parse-atop.ts), so a rerun changes
// nothing; properties are SET each time, so a corrected ATOP release updates them in place.
import type { ManagedTransaction } from 'neo4j-driver';
import { MERGE_COUNTRIES, type CountryRow } from '../country-rows.ts';
import type { BatchResult } from '../write-pipeline.ts';
import type { AgreementRow, MembershipRow } from './graph-rows.ts';

const COUNT_AGREEMENTS = `
MATCH (n:Agreement) WHERE n.id IN $ids RETURN count(n) AS existing`;

export const MERGE_AGREEMENTS = `
UNWIND $agreements AS a
MERGE (n:Agreement {id: a.id})
SET n += a.props`;

const COUNT_MEMBERSHIPS = `
UNWIND $memberships AS m
MATCH (:Country {id: m.country})-[r:PARTY_TO {membershipKey: m.key}]->(:Agreement {id: m.agreement})
RETURN count(r) AS existing`;

export const MERGE_MEMBERSHIPS = `
UNWIND $memberships AS m
MATCH (a:Agreement {id: m.agreement})
MATCH (c:Country {id: m.country})
MERGE (c)-[r:PARTY_TO {membershipKey: m.key}]->(a)
SET r += m.props`;

async function existing(tx: ManagedTransaction, cypher: string, params: object): Promise<number> {
  const result = await tx.run(cypher, params);
  return Number(result.records[0]?.get('existing') ?? 0);
}

export async function writeAgreements(
  tx: ManagedTransaction,
  agreements: AgreementRow[],
): Promise<BatchResult> {
  const before = await existing(tx, COUNT_AGREEMENTS, { ids: agreements.map((a) => a.id) });
  await tx.run(MERGE_AGREEMENTS, { agreements });
  return { written: agreements.length, created: agreements.length - before };
}

export async function writeMemberships(
  tx: ManagedTransaction,
  memberships: MembershipRow[],
  countries: CountryRow[],
): Promise<BatchResult> {
  await tx.run(MERGE_COUNTRIES, { countries });
  const before = await existing(tx, COUNT_MEMBERSHIPS, { memberships });
  await tx.run(MERGE_MEMBERSHIPS, { memberships });
  return { written: memberships.length, created: memberships.length - before };
}
