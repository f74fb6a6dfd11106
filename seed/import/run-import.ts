// What every import command does around its importer: open the database (unless a dry run),
// apply the schema, run, print the summary (stdout) and choose the exit code: 0 done, 1 rows
// were rejected (unless allowed), 2 the import could not run (bad input file, database down),
// or an importer's own code (3: the GDELT fetcher could not fetch or read some exports).
import fs from 'node:fs';
import { applySchema } from '../../schema/constraints.ts';
import { openDatabase, type Database } from '../../db/connect.ts';
import { ImportInputError } from './import-error.ts';
import { formatRejection, formatSummary, ImportReport } from './report.ts';

export interface CommonOptions {
  dryRun?: boolean;
  batchSize: number;
  allowRejects?: boolean;
  /** Write every rejection, one per line, to this file. */
  rejects?: string;
  json?: boolean;
  progress: boolean;
  progressInterval: number;
}

/** Runs the import; may return an exit code of its own (the GDELT fetcher's 3). */
export type Importer = (db: Database | undefined, report: ImportReport) => Promise<number | void>;

export async function runImport(
  dataset: string,
  options: CommonOptions,
  importer: Importer,
  /** false: the importer reaches the database itself (the bulk loader). */
  openTheDatabase = true,
): Promise<number> {
  const rejectsFile = options.rejects ? fs.createWriteStream(options.rejects) : undefined;
  let rejectsError: Error | undefined;
  rejectsFile?.on('error', (error) => (rejectsError ??= error));
  const report = new ImportReport(dataset, options.dryRun === true, (rejection) => {
    // A rejects file that cannot be written (its disk full) stops the import at the next row.
    if (rejectsError) throw rejectsError;
    rejectsFile?.write(`${formatRejection(rejection)}\n`);
  });
  let db: Database | undefined;
  let exitCode = 0;
  try {
    if (!options.dryRun && openTheDatabase) {
      db = await openDatabase();
      const { driver, database } = db;
      await applySchema((cypher) => driver.executeQuery(cypher, {}, { database }));
    }
    exitCode = (await importer(db, report)) ?? 0;
  } catch (error) {
    // Input problems are the user's to fix and say all in their message; anything else (the
    // database unreachable, a bug) keeps its error name, and its stack with ENTENTE_DEBUG=1.
    const e = error as Error;
    const detail = process.env.ENTENTE_DEBUG ? (e.stack ?? e.message) : `${e.name}: ${e.message}`;
    const full = diskFull(error, error === rejectsError ? options.rejects : undefined);
    console.error(`error: ${full ?? (error instanceof ImportInputError ? e.message : detail)}`);
    exitCode = 2;
  } finally {
    await db?.close();
    await new Promise<void>((resolve) => {
      if (!rejectsFile || rejectsFile.destroyed) resolve();
      else
        rejectsFile.end((error?: Error | null) => {
          if (error) rejectsError ??= error;
          resolve();
        });
    });
  }
  // A failed write destroys the stream at once but emits 'error' only on a later tick.
  rejectsError ??= rejectsFile?.errored ?? undefined;
  if (rejectsError && exitCode === 0) {
    console.error(`error: ${diskFull(rejectsError, options.rejects) ?? rejectsError.message}`);
    exitCode = 2;
  }
  const summary = report.summary();
  // After a failure before the first row, a summary of zeros would only hide the error line.
  if (exitCode !== 2 || summary.read > 0) {
    console.log(
      options.json
        ? JSON.stringify(summary, null, 2)
        : formatSummary(summary, report.sectionLines()),
    );
  }
  if (exitCode === 0 && summary.rejectedTotal > 0 && !options.allowRejects) {
    if (!options.json)
      console.log(
        `${summary.rejectedTotal} rows rejected: exit code 1 (--allow-rejects to accept)`,
      );
    exitCode = 1;
  }
  return exitCode;
}

/**
 * The one line for a disk that filled during the import: the database's (Neo4j reports "No
 * space left on device") or the rejects file's. Each batch is one transaction, so what was
 * written is whole batches, and a rerun completes the load.
 */
function diskFull(error: unknown, file: string | undefined): string | undefined {
  const e = error as NodeJS.ErrnoException;
  const full = e.code === 'ENOSPC' || /No space left on device|ENOSPC/i.test(String(e.message));
  if (!full) return undefined;
  const which = file ? `the disk holding ${file}` : "the database's disk";
  return `${which} is full (No space left on device): the import stopped; every batch written before is complete and none is half-written (one transaction each). Free some space and run the import again to complete the load.`;
}
