// The ICEWS importer, on the import spine: every input (a Dataverse .tab file, a folder of them,
// a zip as Dataverse serves them) read line by line (pipeline/import-lines.ts), the header
// checked, each row validated (parse-row.ts) and filtered by CAMEO root as GDELT's are, the kept
// events with their file and line written in batches by the shared event writer
// (db/write/events.ts), one transaction per batch with its dyad aggregates.
import path from 'node:path';
import type { Database } from '../../../db/connect.ts';
import { writeEventBatch } from '../../../db/write/events.ts';
import { ICEWS_SOURCE, writeDatasetSources } from '../dataset-sources.ts';
import { SKIP_CAMEO_ROOT } from '../gdelt/filters.ts';
import { resolveInputs } from '../input/input-files.ts';
import { importLines, type LineFormat } from '../pipeline/import-lines.ts';
import { LocatedRowSink, type Located } from '../pipeline/located-sink.ts';
import { transactionWriter, writeOnce } from '../pipeline/transaction-writer.ts';
import { WritePipeline } from '../pipeline/write-pipeline.ts';
import { startProgress, type ProgressOptions } from '../progress.ts';
import type { ImportReport } from '../report.ts';
import { toIcewsRows, type Tally } from './graph-rows.ts';
import { checkHeader, parseIcewsRow, type IcewsEvent } from './parse-row.ts';

export interface IcewsImportOptions {
  inputs: readonly string[];
  /** CAMEO roots to keep; undefined keeps all. */
  cameoRoots: ReadonlySet<string> | undefined;
  batchSize: number;
  db: Database | undefined;
  report: ImportReport;
  progress?: Pick<ProgressOptions, 'enabled' | 'intervalMs' | 'stream'>;
}

export function icewsFormat(cameoRoots: ReadonlySet<string> | undefined): LineFormat<IcewsEvent> {
  const parse = (line: string) => {
    const parsed = parseIcewsRow(line);
    if ('row' in parsed && cameoRoots && !cameoRoots.has(parsed.row.cameoRoot))
      return { skip: SKIP_CAMEO_ROOT };
    return parsed;
  };
  return {
    rowsName: 'ICEWS rows',
    header(line, file) {
      checkHeader(line, file);
      return parse;
    },
  };
}

/** The file a row came from, as its provenance names it: the zip entry or the file's name. */
const fileName = (label: string) =>
  path.basename(label.includes('!') ? label.split('!').pop()! : label);

export async function importIcews(options: IcewsImportOptions): Promise<void> {
  const { db, report } = options;
  const texts = await resolveInputs(options.inputs);
  await writeOnce(db, (tx) => writeDatasetSources(tx, [ICEWS_SOURCE]));
  const tally: Tally = { organizations: new Set(), persons: new Set() };
  const writer = transactionWriter<Located<IcewsEvent>>(db, 'icews', async (tx, items, batchId) => {
    const { created } = await writeEventBatch(tx, toIcewsRows(items, fileName, tally), batchId);
    return { written: items.length, created };
  });
  const sink = new LocatedRowSink(report, new WritePipeline(writer, options.batchSize));
  const totalBytes = texts.every((t) => t.size !== undefined)
    ? texts.reduce((sum, t) => sum + t.size!, 0)
    : undefined;
  const progress = startProgress({ label: 'icews', totalBytes, ...options.progress });
  try {
    await importLines(texts, icewsFormat(options.cameoRoots), sink, progress);
    await sink.finish();
    progress.update(totalBytes ?? 0, report.read, sink.written);
  } finally {
    progress.stop();
    sink.settle();
  }
  if (db)
    report.note(
      `sub-state actors: ${tally.organizations.size} Organizations, ${tally.persons.size} Persons (PART_OF their country)`,
    );
}
