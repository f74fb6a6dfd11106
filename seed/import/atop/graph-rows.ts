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

/**
 * The ATOP row behind a fact: its file and line, and the row as written (`sourceRow`). The
 * evidence stays the dataset with an empty quote, so that an edge summarising several
 * alliances cites ATOP once.
 */
function rowProvenance(file: string | undefined, line: number, raw: string | undefined) {
  if (!file) return { props: {}, evidence };
  return {
    props: { sourceFile: file, sourceLine: neo4j.int(line), ...(raw ? { sourceRow: raw } : {}) },
    evidence,
  };
}

/** "ATOP 3375: United States – Japan (1951)"; past three members, "and N more". */
export function agreementName(alliance: Alliance): string {
  const names = [...new Set(alliance.memberCodes.map(memberName))];
  const shown =
    names.length > 3
      ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`
      : names.join(' – ');
  return `ATOP ${alliance.atopId}: ${shown} (${alliance.begin.iso.slice(0, 4)})`;
}

/** `file`: the alliance file's name, for the row's provenance. */
export function agreementRow(alliance: Alliance, file?: string): AgreementRow {
  const alias = `ATOP ${alliance.atopId}`;
  const row = rowProvenance(file, alliance.line, alliance.raw);
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
      ...row.props,
    },
    ...row.evidence,
  };
}

/** `file`: the member file's name, for the row's provenance. */
export function membershipRow(
  membership: Membership,
  country: CountryRow,
  file?: string,
): MembershipRow {
  const row = rowProvenance(file, membership.line, membership.raw);
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
      ...row.props,
    },
    ...row.evidence,
  };
}
