// ATOP alliances and memberships as the parameter rows of the Agreement and PARTY_TO writes.
import neo4j from 'neo4j-driver';
import type { CountryRow } from '../country-rows.ts';
import { ATOP_SOURCE } from '../dataset-sources.ts';
import type { PartialDate } from './atop-values.ts';
import { memberName } from './member-countries.ts';
import { membershipKey, type Alliance, type Membership } from './parse-atop.ts';

export interface AgreementRow {
  id: string;
  props: Record<string, unknown>;
}

export interface MembershipRow {
  key: string;
  agreement: string;
  country: string;
  props: Record<string, unknown>;
}

export const agreementId = (atopId: number) => `agreement:atop:${atopId}`;

function neo4jDate({ iso }: PartialDate) {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new neo4j.types.Date(year, month, day);
}

const evidence = { evidenceSources: [ATOP_SOURCE.id], evidenceQuotes: [''] };

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
      date: neo4jDate(alliance.begin),
      datePrecision: alliance.begin.precision,
      ...(alliance.end
        ? { endDate: neo4jDate(alliance.end), endDatePrecision: alliance.end.precision }
        : {}),
      defense: alliance.defense,
      offense: alliance.offense,
      neutrality: alliance.neutrality,
      nonAggression: alliance.nonAggression,
      consultation: alliance.consultation,
      bilateral: alliance.bilateral,
      dataset: ATOP_SOURCE.dataset,
      ...evidence,
    },
  };
}

export function membershipRow(membership: Membership, country: CountryRow): MembershipRow {
  return {
    key: membershipKey(membership),
    agreement: agreementId(membership.atopId),
    country: country.id,
    props: {
      from: neo4jDate(membership.entry),
      fromPrecision: membership.entry.precision,
      ...(membership.exit
        ? { to: neo4jDate(membership.exit), toPrecision: membership.exit.precision }
        : {}),
      phase: neo4j.int(membership.phase),
      cowCode: neo4j.int(membership.cowCode),
      ...evidence,
    },
  };
}
