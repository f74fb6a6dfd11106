// The ATOP importer, on the import spine: validates both files completely (they are small and
// a membership needs its alliance), reports every bad row, then hands the valid alliances and
// memberships to the write stage (pipeline/), which writes them in batches through the
// agreement writer (db/write/agreements.ts), one transaction per batch, alliances first.
import path from 'node:path';
import type { Database } from '../../../db/connect.ts';
import { writeAgreementBatch } from '../../../db/write/agreements.ts';
import type { CountryRow } from '../country-rows.ts';
import { ATOP_SOURCE, writeDatasetSources } from '../dataset-sources.ts';
import { transactionWriter, writeOnce } from '../pipeline/transaction-writer.ts';
import { WritePipeline } from '../pipeline/write-pipeline.ts';
import type { ImportReport } from '../report.ts';
import { TRUNCATED_ROW } from '../pipeline/truncated-row.ts';
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
    const parsed = csvRow.truncated ? { problem: TRUNCATED_ROW } : parseAlliance(csvRow);
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
    const parsed = csvRow.truncated ? { problem: TRUNCATED_ROW } : parseMembership(csvRow);
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
      memberships.push({ row: membershipRow(m, country, path.basename(membersFile)), country });
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
  const file = path.basename(alliancesFile);
  return { agreements: [...alliances.values()].map((a) => agreementRow(a, file)), memberships };
}

type AtopItem = { agreement: AgreementRow } | { membership: MembershipRow; country: CountryRow };

export async function importAtop(options: AtopImportOptions): Promise<void> {
  const { db, report } = options;
  const valid = await validate(options);
  await writeOnce(db, (tx) => writeDatasetSources(tx, [ATOP_SOURCE]));
  const writer = transactionWriter<AtopItem>(db, 'atop', async (tx, items, batchId) => {
    const countries = new Map<string, CountryRow>();
    const agreements: AgreementRow[] = [];
    const memberships: MembershipRow[] = [];
    for (const item of items) {
      if ('agreement' in item) agreements.push(item.agreement);
      else {
        memberships.push(item.membership);
        countries.set(item.country.id, item.country);
      }
    }
    const batch = { countries: [...countries.values()], agreements, memberships };
    const { created } = await writeAgreementBatch(tx, batch, batchId);
    return { written: items.length, created };
  });
  // Alliances are queued first: a batch writes its agreements before its memberships, and
  // batches commit in order, so every membership finds its agreement.
  const pipeline = new WritePipeline(writer, options.batchSize);
  try {
    for (const agreement of valid.agreements)
      if (pipeline.add({ agreement })) await pipeline.flush();
    for (const { row, country } of valid.memberships)
      if (pipeline.add({ membership: row, country })) await pipeline.flush();
    await pipeline.finish();
  } finally {
    report.imported = pipeline.written;
    report.created = pipeline.created;
  }
}
