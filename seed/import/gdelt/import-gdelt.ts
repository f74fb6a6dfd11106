// The GDELT importer, on the import spine: every input (file, folder, zip, stdin) read line by
// line (pipeline/import-lines.ts), each row validated and filtered (parse-row.ts, filters.ts),
// the kept events written in batches by the event writer (db/write/events.ts), one
// transaction per batch. Memory stays flat: at most one batch being parsed and one being written.
import path from 'node:path';
import type { Database } from '../../../db/connect.ts';
import { writeEventBatch } from '../../../db/write/events.ts';
import { resolveInputs } from '../input/input-files.ts';
import { importLines, type LineFormat } from '../pipeline/import-lines.ts';
import { LocatedRowSink, type Located } from '../pipeline/located-sink.ts';
import { transactionWriter, writeOnce } from '../pipeline/transaction-writer.ts';
import { WritePipeline } from '../pipeline/write-pipeline.ts';
import { startProgress, type ProgressOptions } from '../progress.ts';
import type { ImportReport } from '../report.ts';
import { GDELT_1_SOURCE, GDELT_2_SOURCE, writeDatasetSources } from '../dataset-sources.ts';
import { skipReason, type GdeltFilter } from './filters.ts';
import { toGraphRows } from './graph-rows.ts';
import { parseGdeltRow, type GdeltEvent } from './parse-row.ts';

export interface GdeltImportOptions {
  /** Files, folders or '-' (standard input). */
  inputs: readonly string[];
  filter: GdeltFilter;
  /** Events per transaction. */
  batchSize: number;
  /** The database to write to; undefined for a dry run (validate and report only). */
  db: Database | undefined;
  report: ImportReport;
  progress?: Pick<ProgressOptions, 'enabled' | 'intervalMs' | 'stream'>;
}

/** GDELT's rows, validated and filtered: no header, one event per line. */
export function gdeltFormat(filter: GdeltFilter): LineFormat<GdeltEvent> {
  return {
    rowsName: 'GDELT rows',
    parse(line) {
      const parsed = parseGdeltRow(line);
      if ('problem' in parsed) return parsed;
      const skip = skipReason(parsed.event, filter);
      return skip ? { skip } : { row: parsed.event };
    },
  };
}

/** Each event with its export file (the zip entry's name) and line: its dataset row. */
export function locatedEvents(items: readonly Located<GdeltEvent>[]): GdeltEvent[] {
  return items.map(({ row, file, line }) => ({
    ...row,
    row: { file: path.basename(file.split('!').pop()!), line },
  }));
}

export async function importGdelt(options: GdeltImportOptions): Promise<void> {
  const { report, db } = options;
  const texts = await resolveInputs(options.inputs);
  await writeOnce(db, (tx) => writeDatasetSources(tx, [GDELT_1_SOURCE, GDELT_2_SOURCE]));
  const writer = transactionWriter<Located<GdeltEvent>>(db, 'gdelt', async (tx, items, batchId) => {
    const events = locatedEvents(items);
    const { created } = await writeEventBatch(tx, toGraphRows(events), batchId);
    // Rows repeating an id within the batch count as written: their event is in the graph.
    return { written: events.length, created };
  });
  const sink = new LocatedRowSink(report, new WritePipeline(writer, options.batchSize));
  const totalBytes = texts.every((t) => t.size !== undefined)
    ? texts.reduce((sum, t) => sum + t.size!, 0)
    : undefined;
  const progress = startProgress({ label: 'gdelt', totalBytes, ...options.progress });
  try {
    await importLines(texts, gdeltFormat(options.filter), sink, progress);
    await sink.finish();
    progress.update(totalBytes ?? 0, report.read, sink.written);
  } finally {
    progress.stop();
    sink.settle();
  }
}
