// The starter set: the real datasets the repository ships (seed/starter/, README there), loaded
// by `npm start` into an empty database after the seed article, through the very importers of
// `npm run import` (same ids, provenance and dyad aggregates as a user's own import). Each
// dataset is one call of its importer; every importer is idempotent, so a load interrupted
// anywhere and run again ends in the graph of a clean load.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from '../db/connect.ts';
import { importAtop } from './import/atop/import-atop.ts';
import { DEFAULT_CAMEO_ROOTS } from './import/cameo/event-kinds.ts';
import { importGdelt, parseCameoRoots } from './import/gdelt/index.ts';
import { DEFAULT_BATCH_SIZE } from './import/program.ts';
import { formatRejection, ImportReport, type ImportSummary } from './import/report.ts';

/** The folder of the shipped starter files. */
export const STARTER_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'starter');

export interface StarterDataset {
  /** Stable id, kept in the start mark's list of finished datasets. */
  id: string;
  /** What the log calls it. */
  title: string;
  /** The importer's dataset name (its report's). */
  dataset: string;
  run(options: {
    db: Database;
    report: ImportReport;
    batchSize: number;
    dir: string;
  }): Promise<void>;
  /** One line of what was loaded, from the importer's summary. */
  describe(summary: ImportSummary): string;
}

const skippedTotal = (s: ImportSummary) => Object.values(s.skipped).reduce((a, b) => a + b, 0);

export const STARTER_DATASETS: readonly StarterDataset[] = [
  {
    id: 'atop-4',
    title: 'ATOP 4.0 alliances',
    dataset: 'ATOP',
    run: ({ db, report, batchSize, dir }) =>
      importAtop({
        alliancesFile: path.join(dir, 'atop-v4', 'atop-alliance-level.csv'),
        membersFile: path.join(dir, 'atop-v4', 'atop-member-level.csv'),
        batchSize,
        db,
        report,
      }),
    describe: (s) => `${s.imported} alliance and membership rows (${s.created} new)`,
  },
  {
    id: 'gdelt-1-sample',
    title: 'GDELT 1.0 event sample',
    dataset: 'GDELT',
    // The import command's defaults (its --cameo-roots), so the starter's events are those a
    // user's `npm run import -- gdelt seed/starter/gdelt-v1/events_sample.tsv` gives.
    run: ({ db, report, batchSize, dir }) =>
      importGdelt({
        inputs: [path.join(dir, 'gdelt-v1', 'events_sample.tsv')],
        filter: { cameoRoots: parseCameoRoots(DEFAULT_CAMEO_ROOTS.join(',')), statesOnly: false },
        batchSize,
        db,
        report,
        progress: { enabled: false },
      }),
    describe: (s) =>
      `${s.imported} events of ${s.read} rows (${s.created} new; ${skippedTotal(s)} skipped: CAMEO roots outside the import's defaults)`,
  },
];

export interface StarterOptions {
  log: (line: string) => void;
  /** Dataset ids already loaded (the start mark's): skipped. */
  done?: ReadonlySet<string>;
  /** Called after each dataset has committed in full (the start mark records it). */
  onDatasetLoaded?: (id: string) => Promise<void>;
  /** Rows per transaction; default the import command's. */
  batchSize?: number;
  /** Where the starter files are; default seed/starter/. */
  dir?: string;
}

export async function loadStarter(db: Database, options: StarterOptions): Promise<ImportSummary[]> {
  const summaries: ImportSummary[] = [];
  for (const dataset of STARTER_DATASETS) {
    if (options.done?.has(dataset.id)) {
      options.log(`  ${dataset.title}: loaded before`);
      continue;
    }
    const report = new ImportReport(dataset.dataset, false);
    await dataset.run({
      db,
      report,
      batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE,
      dir: options.dir ?? STARTER_DIR,
    });
    const summary = report.summary();
    summaries.push(summary);
    options.log(
      `  ${dataset.title}: ${dataset.describe(summary)} in ${(summary.elapsedMs / 1000).toFixed(1)} s`,
    );
    // The shipped files have none; a changed file's bad rows are said, not hidden.
    for (const { count, examples } of Object.values(summary.rejected))
      options.log(`    rejected ${count}, e.g. ${formatRejection(examples[0]!)}`);
    await options.onDatasetLoaded?.(dataset.id);
  }
  return summaries;
}

/** What the loaded graph holds, for the start-up log line. */
export async function starterCounts(
  db: Database,
): Promise<{ countries: number; agreements: number; events: number }> {
  const { records } = await db.driver.executeQuery(
    `CALL { MATCH (c:Country) WHERE (c)--() RETURN count(c) AS countries }
     CALL { MATCH (a:Agreement) RETURN count(a) AS agreements }
     CALL { MATCH (e:Event) RETURN count(e) AS events }
     RETURN countries, agreements, events`,
    {},
    { database: db.database, routing: 'READ' },
  );
  const r = records[0]!;
  return {
    countries: r.get('countries') as number,
    agreements: r.get('agreements') as number,
    events: r.get('events') as number,
  };
}
