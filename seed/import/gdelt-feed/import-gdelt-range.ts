// `npm run import -- gdelt --since … --until …` / `--last 24h` / `--update`: GDELT 2.0 by date.
// Reads the master file list, picks the exports of the range, fetches each into the cache
// (export-cache.ts: at most `concurrency` downloads at once, ahead of the import) and imports
// them in time order through the GDELT importer's own format, sink and writers, so a fetched
// export becomes exactly what importing the file by hand makes of it.
//
// A fault with one export (wrong MD5 or size, a truncated zip, 404, timeout) is reported and
// counted; the other exports are imported all the same, and the run's exit code is 3. The
// import mark (db/write/import-marks.ts) moves past an export only when it and every export
// before it in the run are in the graph, so `--update` retries a failed export next time.
import pLimit from 'p-limit';
import type { Database } from '../../../db/connect.ts';
import { advanceImportMark, readImportMark } from '../../../db/write/import-marks.ts';
import { writeEventBatch } from '../../../db/write/events.ts';
import { GDELT_1_SOURCE, GDELT_2_SOURCE, writeDatasetSources } from '../dataset-sources.ts';
import { gdeltFormat, locatedEvents } from '../gdelt/import-gdelt.ts';
import { toGraphRows } from '../gdelt/graph-rows.ts';
import type { GdeltFilter } from '../gdelt/filters.ts';
import type { GdeltEvent } from '../gdelt/parse-row.ts';
import { ImportInputError } from '../import-error.ts';
import { resolveInputs } from '../input/input-files.ts';
import { importLines } from '../pipeline/import-lines.ts';
import type { RowSink } from '../pipeline/row-sink.ts';
import { LocatedRowSink, type Located } from '../pipeline/located-sink.ts';
import { transactionWriter, writeOnce } from '../pipeline/transaction-writer.ts';
import { WritePipeline } from '../pipeline/write-pipeline.ts';
import { startProgress, type ProgressOptions } from '../progress.ts';
import type { ImportReport } from '../report.ts';
import {
  cachedExport,
  prepareCache,
  type CacheOptions,
  type CachedExport,
} from './export-cache.ts';
import { FetchFault } from './fetch-fault.ts';
import { FeedTally } from './feed-tally.ts';
import { httpGet } from './http-get.ts';
import { problemInRange, readMasterList, type ExportEntry } from './master-list.ts';
import {
  resolveRange,
  stampTime,
  timeStamp,
  type RangeOptions,
  type TimeRange,
} from './time-range.ts';

/** GDELT 2.0's own server; `--base-url` or ENTENTE_GDELT_BASE_URL name a mirror. */
export const GDELT_BASE_URL = 'http://data.gdeltproject.org/gdeltv2/';
/** GDELT 2.0 publishes an export every 15 minutes. */
const EXPORT_INTERVAL_MS = 15 * 60_000;

export interface GdeltRangeOptions extends Omit<CacheOptions, 'cacheDir'> {
  /** The range (`since`/`until` or `last`), or 'update': everything after the import mark. */
  range: RangeOptions | 'update';
  cacheDir: string;
  /** Downloads at once. */
  concurrency: number;
  filter: GdeltFilter;
  batchSize: number;
  db: Database | undefined;
  report: ImportReport;
  progress?: Pick<ProgressOptions, 'enabled' | 'intervalMs' | 'stream'>;
  now?: number;
}

type Fetched = { ok: CachedExport } | { fault: FetchFault };

async function readMark(db: Database): Promise<string | undefined> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'READ' });
  try {
    return await session.executeRead((tx) => readImportMark(tx, GDELT_2_SOURCE.id));
  } finally {
    await session.close();
  }
}

async function rangeOf(options: GdeltRangeOptions, mark: string | undefined): Promise<TimeRange> {
  const now = options.now ?? Date.now();
  if (options.range !== 'update') return resolveRange(options.range, now);
  if (!options.db)
    throw new ImportInputError(
      '--update reads the import mark from the database: not with --dry-run',
    );
  if (mark === undefined)
    throw new ImportInputError(
      '--update: this database records no GDELT 2.0 fetch yet; start with --since <date> or --last <duration>',
    );
  return { from: stampTime(mark)! + 1, until: now + 1 };
}

/** Exit code: 0, or 3 when an export of the range could not be fetched or read. */
export async function importGdeltRange(options: GdeltRangeOptions): Promise<number> {
  const { db, report } = options;
  await writeOnce(db, (tx) => writeDatasetSources(tx, [GDELT_1_SOURCE, GDELT_2_SOURCE]));
  const markBefore = db ? await readMark(db) : undefined;
  const range = await rangeOf(options, markBefore);
  const tally = new FeedTally(range, markBefore);

  const listUrl = new URL('masterfilelist.txt', options.baseUrl).href;
  let list;
  try {
    list = await readMasterList(await httpGet(listUrl, { timeoutMs: options.timeoutMs }), range);
  } catch (error) {
    throw new ImportInputError(`master list: ${(error as Error).message}`);
  }
  tally.listed(list, listUrl);
  for (const problem of list.problems) tally.listProblem(problem, problemInRange(problem, range));

  await prepareCache(options.cacheDir);
  const limit = pLimit(options.concurrency);
  // Every download starts as soon as a slot is free, in time order; the import below waits for
  // each in turn. A fault is a value here, so no rejection is left unhandled while it waits.
  const fetches = list.exports.map((entry) =>
    limit((): Promise<Fetched> =>
      cachedExport(entry, { ...options }).then(
        (ok) => ({ ok }),
        (error: unknown) => ({
          fault:
            error instanceof FetchFault ? error : new FetchFault('network error', String(error)),
        }),
      ),
    ),
  );

  const writer = transactionWriter<Located<GdeltEvent>>(db, 'gdelt', async (tx, items, batchId) => {
    const events = locatedEvents(items);
    const { created } = await writeEventBatch(tx, toGraphRows(events), batchId);
    return { written: events.length, created };
  });
  const sink = new LocatedRowSink(report, new WritePipeline(writer, options.batchSize));
  const format = gdeltFormat(options.filter);
  const progress = startProgress({ label: 'gdelt', totalBytes: undefined, ...options.progress });

  // The mark may move only when the run continues from it (or there is none yet).
  const continuesMark =
    markBefore === undefined || range.from <= stampTime(markBefore)! + EXPORT_INTERVAL_MS;
  let contiguous = continuesMark;
  // A broken list line naming an export of the range: the mark stops before that export.
  const blockedAt = Math.min(
    ...list.problems.filter((p) => problemInRange(p, range)).map((p) => stampTime(p.stamp!)!),
  );
  const done: { stamp: string; queued: number }[] = [];
  let markAfter = markBefore;
  const advance = async () => {
    let through: string | undefined;
    while (done.length > 0 && done[0]!.queued <= sink.written) through = done.shift()!.stamp;
    if (through === undefined || !db || (markAfter !== undefined && through <= markAfter)) return;
    await writeOnce(db, (tx) => advanceImportMark(tx, GDELT_2_SOURCE.id, through));
    markAfter = through;
  };

  try {
    for (const [i, entry] of list.exports.entries()) {
      if (entry.time >= blockedAt) contiguous = false;
      const fetched = await fetches[i]!;
      const ok =
        'ok' in fetched && (await importExport(entry, fetched.ok, tally, sink, format, progress));
      if ('fault' in fetched) tally.fault(entry, fetched.fault);
      if (!ok) contiguous = false;
      else if (contiguous) done.push({ stamp: entry.stamp, queued: sink.queued });
      await advance();
    }
    await sink.finish();
    await advance();
  } finally {
    progress.stop();
    sink.settle();
    limit.clearQueue();
  }
  if (!continuesMark && markBefore !== undefined)
    report.note(
      `the update mark stays at ${markBefore}: this range does not continue from it (--update fetches from there)`,
    );
  tally.finish(
    markAfter,
    list.exports.length > 0 ? timeStamp(list.exports.at(-1)!.time) : undefined,
  );
  report.sections.set('fetch', tally.section());
  return tally.failed ? 3 : 0;
}

/** Reads one cached export into the sink; false when its zip cannot be read. */
async function importExport(
  entry: ExportEntry,
  fetched: CachedExport,
  tally: FeedTally,
  sink: RowSink<GdeltEvent>,
  format: ReturnType<typeof gdeltFormat>,
  progress: ReturnType<typeof startProgress>,
): Promise<boolean> {
  let texts;
  try {
    texts = await resolveInputs([fetched.file]);
  } catch (error) {
    if (!(error instanceof ImportInputError)) throw error;
    // Size and MD5 matched the list: GDELT published a broken archive. Kept in the cache (it
    // is what the list describes); the next run reports it again unless the list changes.
    tally.fault(entry, new FetchFault('truncated zip', withoutPath(error.message, fetched.file)));
    return false;
  }
  try {
    await importLines(texts, format, sink, progress);
  } catch (error) {
    if (!(error instanceof ImportInputError)) throw error;
    // A corrupt entry found while inflating: the rows read before it stay queued (each is a
    // valid row), the export counts as failed and is tried again by the next run.
    tally.fault(entry, new FetchFault('truncated zip', withoutPath(error.message, fetched.file)));
    return false;
  }
  tally.fetched(fetched);
  return true;
}

/** "<cache path>: not a complete zip…" → "not a complete zip… (cached as <cache path>)". */
function withoutPath(message: string, file: string): string {
  return message.startsWith(`${file}`)
    ? `${message.slice(file.length).replace(/^[:!][^:]*?:?\s*/, '')} (cached as ${file})`
    : message;
}
