// The SIPRI importer, on the import spine: the trade register read whole and split into
// records (register-file.ts: encoding, preamble, header, broken records repaired or rejected),
// each record validated (parse-transfer.ts) and its parties resolved (parties.ts), the
// transfers queued to the write stage (pipeline/) and written in batches by the arms-transfer
// writer (db/write/arms-transfers.ts), one transaction per batch with its aggregates.
import path from 'node:path';
import type { Database } from '../../../db/connect.ts';
import { writeTransferBatch } from '../../../db/write/arms-transfers.ts';
import { SIPRI_SOURCE, writeDatasetSources } from '../dataset-sources.ts';
import { RowSink } from '../pipeline/row-sink.ts';
import { transactionWriter, writeOnce } from '../pipeline/transaction-writer.ts';
import { WritePipeline } from '../pipeline/write-pipeline.ts';
import type { ImportReport } from '../report.ts';
import { identityKey, toTransferBatch, type ResolvedTransfer } from './graph-rows.ts';
import { parseTransfer } from './parse-transfer.ts';
import { resolveParty } from './parties.ts';
import { readRegister } from './register-file.ts';

export interface SipriImportOptions {
  file: string;
  batchSize: number;
  /** undefined for a dry run. */
  db: Database | undefined;
  report: ImportReport;
}

export async function importSipri(options: SipriImportOptions): Promise<void> {
  const { db, report, file } = options;
  const register = await readRegister(file);
  report.note(`encoding: ${register.encoding}; header on line ${register.headerLine}`);
  const attribution = register.preamble.find((l) => l.startsWith('Source: SIPRI'));
  const generated = register.preamble.find((l) => l.startsWith('Data generated'));
  if (attribution) report.note(`${attribution}${generated ? ` ${generated}` : ''}`);
  for (const { line, lastLine } of register.repaired)
    report.note(`record broken across lines ${line}-${lastLine} repaired (joined)`);

  await writeOnce(db, (tx) => writeDatasetSources(tx, [SIPRI_SOURCE]));
  const writer = transactionWriter<ResolvedTransfer>(db, 'sipri', async (tx, items, batchId) =>
    writeTransferBatch(tx, toTransferBatch(items), batchId),
  );
  const sink = new RowSink(report, new WritePipeline(writer, options.batchSize));
  const label = file;
  const fileName = path.basename(file);
  const occurrences = new Map<string, number>();
  // Records and unreadable lines in file order, so the report lists them as the file has them.
  const problems = new Map(register.problems.map((p) => [p.line, p.problem]));
  const items: ({ line: number } & (
    { record: (typeof register.records)[number] } | { bad: true }
  ))[] = [
    ...register.records.map((record) => ({ line: record.line, record })),
    ...register.problems.map((p) => ({ line: p.line, bad: true as const })),
  ].sort((x, y) => x.line - y.line);
  try {
    for (const item of items) {
      const where = { file: label, line: item.line };
      if (!('record' in item)) {
        sink.reject(where, problems.get(item.line)!);
        continue;
      }
      const parsed = parseTransfer(item.record);
      if (!('row' in parsed)) {
        sink.take(where, parsed);
        continue;
      }
      const transfer = parsed.row;
      const supplier = resolveParty(transfer.supplier);
      const recipient = resolveParty(transfer.recipient);
      if (!supplier || !recipient) {
        const [field, name] = supplier
          ? ['Recipient', transfer.recipient]
          : ['Supplier', transfer.supplier];
        sink.reject(where, {
          field,
          reason: 'unknown party',
          detail: `"${name}" is neither a state the country reference knows nor a marked non-state party`,
        });
        continue;
      }
      const key = identityKey(transfer);
      const occurrence = (occurrences.get(key) ?? 0) + 1;
      occurrences.set(key, occurrence);
      if (sink.take(where, { row: { transfer, supplier, recipient, occurrence, file: fileName } }))
        await sink.flush();
    }
    await sink.finish();
  } finally {
    sink.settle();
  }
  const historic = [
    ...new Set(register.records.flatMap((r) => [r.fields[0]!, r.fields[1]!])),
  ].filter((name) => resolveParty(name)?.kind === 'organization');
  report.note(
    `${historic.length} non-state or unknown parties as Organizations (organization:sipri:<name>)`,
  );
}
