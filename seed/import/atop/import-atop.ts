// The ATOP importer: validates both files completely (they are small), reports every bad row,
// then writes the valid alliances as Agreements and the valid memberships as PARTY_TO, one
// transaction per batch.
import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../../../db/connect.ts';
import type { CountryRow } from '../country-rows.ts';
import { ATOP_SOURCE, writeDatasetSources } from '../dataset-sources.ts';
import type { ImportReport } from '../report.ts';
import type { BatchResult } from '../write-pipeline.ts';
import { readAtopCsv } from './atop-csv.ts';
import {
  agreementRow,
  membershipRow,
  type AgreementRow,
  type MembershipRow,
} from './graph-rows.ts';
import { memberCountry } from './member-countries.ts';
import {
  ALLIANCE_COLUMNS,
  MEMBER_COLUMNS,
  membershipKey,
  parseAlliance,
  parseMembership,
  type Alliance,
} from './parse-atop.ts';
import { writeAgreements, writeMemberships } from './write-atop.ts';

export interface AtopImportOptions {
  alliancesFile: string;
  membersFile: string;
  batchSize: number;
  /** undefined for a dry run. */
  db: Database | undefined;
  report: ImportReport;
}

interface ValidRows {
  agreements: AgreementRow[];
  memberships: { row: MembershipRow; country: CountryRow }[];
}

async function validate(options: AtopImportOptions): Promise<ValidRows> {
  const { report, alliancesFile, membersFile } = options;
  const allianceRows = await readAtopCsv(alliancesFile, ALLIANCE_COLUMNS);
  const memberRows = await readAtopCsv(membersFile, MEMBER_COLUMNS);
  report.read = allianceRows.length + memberRows.length;

  const alliances = new Map<number, Alliance>();
  for (const csvRow of allianceRows) {
    const parsed = parseAlliance(csvRow);
    const where = { file: alliancesFile, line: csvRow.line };
    if ('problem' in parsed) report.reject({ ...where, ...parsed.problem });
    else if (alliances.has(parsed.value.atopId)) {
      report.reject({
        ...where,
        field: 'atopid',
        reason: 'duplicate atopid',
        detail: `alliance ${parsed.value.atopId} is also on line ${alliances.get(parsed.value.atopId)!.line}`,
      });
    } else alliances.set(parsed.value.atopId, parsed.value);
  }

  const memberships: ValidRows['memberships'] = [];
  const keys = new Map<string, number>();
  const membersOf = new Map<number, Set<number>>();
  let nonIso = 0;
  for (const csvRow of memberRows) {
    const parsed = parseMembership(csvRow);
    const where = { file: membersFile, line: csvRow.line };
    if ('problem' in parsed) {
      report.reject({ ...where, ...parsed.problem });
      continue;
    }
    const m = parsed.value;
    const country = memberCountry(m.cowCode, m.cowSystemMember);
    const key = membershipKey(m);
    if (!alliances.has(m.atopId)) {
      report.reject({
        ...where,
        field: 'atopid',
        reason: 'alliance not in alliances file',
        detail: `alliance ${m.atopId} is missing from ${alliancesFile} or was rejected`,
      });
    } else if (!country) {
      report.reject({
        ...where,
        field: 'member',
        reason: 'unknown COW code',
        detail: `${m.cowCode} is not in the COW state list and cowsys is 1`,
      });
    } else if (keys.has(key)) {
      report.reject({
        ...where,
        field: '',
        reason: 'duplicate membership',
        detail: `same alliance, member, phase and entry date as line ${keys.get(key)}`,
      });
    } else {
      keys.set(key, m.line);
      memberships.push({ row: membershipRow(m, country), country });
      membersOf.set(m.atopId, (membersOf.get(m.atopId) ?? new Set()).add(m.cowCode));
      if (!country.props.iso3) nonIso += 1;
    }
  }

  const mismatched = [...alliances.values()].filter((a) => {
    const listed = new Set(a.memberCodes);
    const rows = membersOf.get(a.atopId) ?? new Set<number>();
    return listed.size !== rows.size || [...listed].some((code) => !rows.has(code));
  });
  if (mismatched.length > 0) {
    report.note(
      `${mismatched.length} alliances list other members (mem1..mem59) than the member file, e.g. ATOP ${mismatched[0]!.atopId}`,
    );
  }
  report.note(
    `alliances: ${allianceRows.length} read, ${alliances.size} valid; memberships: ${memberRows.length} read, ${memberships.length} valid`,
  );
  if (nonIso > 0)
    report.note(
      `${nonIso} memberships are of historical states without an ISO code (country:cow-<code>)`,
    );
  return { agreements: [...alliances.values()].map(agreementRow), memberships };
}

async function inBatches<T>(
  db: Database,
  rows: T[],
  size: number,
  write: (tx: ManagedTransaction, batch: T[]) => Promise<BatchResult>,
  report: ImportReport,
): Promise<void> {
  for (let start = 0; start < rows.length; start += size) {
    const session = db.driver.session({ database: db.database });
    try {
      const result = await session.executeWrite((tx) => write(tx, rows.slice(start, start + size)));
      report.imported += result.written;
      report.created += result.created;
    } finally {
      await session.close();
    }
  }
}

export async function importAtop(options: AtopImportOptions): Promise<void> {
  const { db, report } = options;
  const valid = await validate(options);
  if (!db) {
    report.imported = valid.agreements.length + valid.memberships.length;
    return;
  }
  const session = db.driver.session({ database: db.database });
  try {
    await session.executeWrite((tx) => writeDatasetSources(tx, [ATOP_SOURCE]));
  } finally {
    await session.close();
  }
  await inBatches(db, valid.agreements, options.batchSize, writeAgreements, report);
  await inBatches(
    db,
    valid.memberships,
    options.batchSize,
    (tx, batch) => {
      const countries = [...new Map(batch.map(({ country }) => [country.id, country])).values()];
      return writeMemberships(
        tx,
        batch.map(({ row }) => row),
        countries,
      );
    },
    report,
  );
}
