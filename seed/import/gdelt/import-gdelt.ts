// The GDELT importer: reads every input (file, folder, zip, stdin) line by line, validates each
// row, applies the filters and writes the kept events in batches, one transaction per batch.
// Memory stays flat: at most one batch being parsed and one being written.
import { randomBytes } from 'node:crypto';
import type { Database } from '../../../db/connect.ts';
import { ImportInputError } from '../import-error.ts';
import { resolveInputs } from '../input/input-files.ts';
import { readLineChunks, type LineChunk } from '../input/line-reader.ts';
import { startProgress, type ProgressOptions } from '../progress.ts';
import type { ImportReport } from '../report.ts';
import { WritePipeline, type BatchWriter } from '../write-pipeline.ts';
import { GDELT_1_SOURCE, GDELT_2_SOURCE, writeDatasetSources } from '../dataset-sources.ts';
import { skipReason, type GdeltFilter } from './filters.ts';
import { toGraphRows } from './graph-rows.ts';
import { parseGdeltRow, type GdeltEvent } from './parse-row.ts';
import { writeGdeltBatch } from './write-gdelt-batch.ts';

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

function databaseWriter(db: Database): BatchWriter<GdeltEvent> {
  // Each transaction gets its own batch id: the dyad aggregates count only the events that
  // this very transaction created (db/write/dyad-aggregates.ts).
  const run = `gdelt:${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
  return async (events, batchNumber) => {
    const rows = toGraphRows(events);
    const session = db.driver.session({ database: db.database });
    let result;
    try {
      result = await session.executeWrite((tx) =>
        writeGdeltBatch(tx, rows, `${run}:${batchNumber}`),
      );
    } finally {
      await session.close();
    }
    // Rows repeating an id within the batch count as written: their event is in the graph.
    return { written: events.length, created: result.created };
  };
}

const dryRunWriter: BatchWriter<GdeltEvent> = async (events) => ({
  written: events.length,
  created: 0,
});

export async function importGdelt(options: GdeltImportOptions): Promise<void> {
  const { report, db } = options;
  const texts = await resolveInputs(options.inputs);
  if (db) {
    const session = db.driver.session({ database: db.database });
    try {
      await session.executeWrite((tx) => writeDatasetSources(tx, [GDELT_1_SOURCE, GDELT_2_SOURCE]));
    } finally {
      await session.close();
    }
  }
  const pipeline = new WritePipeline(db ? databaseWriter(db) : dryRunWriter, options.batchSize);
  const totalBytes = texts.every((t) => t.size !== undefined)
    ? texts.reduce((sum, t) => sum + t.size!, 0)
    : undefined;
  const progress = startProgress({ label: 'gdelt', totalBytes, ...options.progress });
  let bytesBefore = 0;
  try {
    for (const text of texts) {
      const stream = await text.open();
      let rowsInText = 0;
      const chunks = readLineChunks(stream);
      for (;;) {
        let next: IteratorResult<LineChunk>;
        try {
          next = await chunks.next();
        } catch (error) {
          throw new ImportInputError(`${text.label}: read failed: ${(error as Error).message}`);
        }
        if (next.done) break;
        const chunk = next.value;
        for (let i = 0; i < chunk.lines.length; i++) {
          const line = chunk.lines[i];
          const where = { file: text.label, line: chunk.firstLine + i };
          if (line === '') continue; // a blank line is not a row
          report.read += 1;
          rowsInText += 1;
          if (line === null) {
            report.reject({
              ...where,
              field: '',
              reason: 'invalid UTF-8',
              detail: 'the line is not valid UTF-8 text',
            });
            continue;
          }
          const parsed = parseGdeltRow(line!);
          if ('problem' in parsed) {
            report.reject({ ...where, ...parsed.problem });
            continue;
          }
          const skip = skipReason(parsed.event, options.filter);
          if (skip) report.skip(skip);
          else if (pipeline.add(parsed.event)) await pipeline.flush();
        }
        progress.update(bytesBefore + chunk.bytesRead, report.read, pipeline.written);
      }
      if (rowsInText === 0) {
        report.reject({
          file: text.label,
          line: 0,
          field: '',
          reason: 'empty file',
          detail: 'no GDELT rows',
        });
      }
      bytesBefore += text.size ?? 0;
    }
    await pipeline.finish();
    progress.update(bytesBefore, report.read, pipeline.written);
  } finally {
    progress.stop();
    report.imported = pipeline.written;
    report.created = pipeline.created;
  }
}
