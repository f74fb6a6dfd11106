// ATOP alliances and memberships as the rows of the agreement writer (db/write/agreements.ts):
// dates as 'YYYY-MM-DD' strings (stored as Dates), a value ATOP leaves open as null (so that
// a rerun removes what a corrected release no longer has).
import neo4j from 'neo4j-driver';
import { fromDatasets, type NodeRow, type RelationshipRow } from '../../../db/write/graph-rows.ts';
import type { CountryRow } from '../country-rows.ts';
import { ATOP_SOURCE } from '../dataset-sources.ts';
import { memberName } from './member-countries.ts';
import { membershipKey, type Alliance, type Membership } from './parse-atop.ts';

export type AgreementRow = NodeRow;
export type MembershipRow = RelationshipRow;

export const agreementId = (atopId: number) => `agreement:atop:${atopId}`;

const evidence = fromDatasets([ATOP_SOURCE.id]);

/** "ATOP 3375: United States – Japan (1951)"; past three members, "and N more". */
export function agreementName(alliance: Alliance): string {
  const names = [...new Set(alliance.memberCodes.map(memberName))];
  const shown =
    names.length > 3
      ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`
      : names.join(' – ');
  return `ATOP ${alliance.atopId}: ${shown} (${alliance.begin.iso.slice(0, 4)})`;
}

export function agreementRow(alliance: Alliance): AgreementRow {
  const alias = `ATOP ${alliance.atopId}`;
  return {
    id: agreementId(alliance.atopId),
    props: {
      name: agreementName(alliance),
      aliases: [alias],
      aliasText: alias,
      atopId: neo4j.int(alliance.atopId),
      agreementType: 'ALLIANCE',
      status: alliance.inEffect ? 'IN_FORCE' : 'ENDED',
      date: alliance.begin.iso,
      datePrecision: alliance.begin.precision,
      endDate: alliance.end?.iso ?? null,
      endDatePrecision: alliance.end?.precision ?? null,
      defense: alliance.defense,
      offense: alliance.offense,
      neutrality: alliance.neutrality,
      nonAggression: alliance.nonAggression,
      consultation: alliance.consultation,
      bilateral: alliance.bilateral,
      dataset: ATOP_SOURCE.dataset,
    },
    ...evidence,
  };
}

export function membershipRow(membership: Membership, country: CountryRow): MembershipRow {
  return {
    from: country.id,
    to: agreementId(membership.atopId),
    props: {
      membershipKey: membershipKey(membership),
      from: membership.entry.iso,
      fromPrecision: membership.entry.precision,
      to: membership.exit?.iso ?? null,
      toPrecision: membership.exit?.precision ?? null,
      phase: neo4j.int(membership.phase),
      cowCode: neo4j.int(membership.cowCode),
    },
    ...evidence,
  };
}
