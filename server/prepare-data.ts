// Data that `npm start` brings to an empty database: the seed article's graph (and with it the
// country reference data) and then the starter set of real datasets (seed/starter/; none with
// ENTENTE_STARTER=none), so a first run opens on a network to explore. A database that holds
// anything else is left as it is. The start mark (db/write/starter-mark.ts) is written before
// the first row and completed after the last, so a start killed while loading resumes the load
// on the next start instead of taking its half-filled database for someone's data.
import { loadSeed, isDatabaseEmpty } from '../seed/load-seed.ts';
import { loadStarter, STARTER_DATASETS, starterCounts } from '../seed/load-starter.ts';
import type { Database } from '../db/connect.ts';
import { markDatasetDone, readStarterMark, writeStarterMark } from '../db/write/starter-mark.ts';

export interface PrepareOptions {
  /** 'all' (default): the starter datasets after the seed; 'none': the seed alone. */
  starter?: 'all' | 'none';
  /** Rows per transaction of the starter's imports; default the import command's. */
  batchSize?: number;
  /** Where the starter files are; default seed/starter/. */
  starterDir?: string;
}

export type PrepareOutcome = 'loaded' | 'resumed' | 'left alone';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export async function prepareData(
  db: Database,
  log: (line: string) => void,
  options: PrepareOptions = {},
): Promise<PrepareOutcome> {
  const began = Date.now();
  let mark = await readStarterMark(db);
  if (mark?.state === 'loaded') return 'left alone';
  if (!mark && !(await isDatabaseEmpty(db))) return 'left alone'; // someone's own data
  const resumed = mark !== undefined;
  if (!mark) {
    const datasets = options.starter === 'none' ? [] : STARTER_DATASETS.map((d) => d.id);
    mark = { state: 'loading', datasets, done: [] };
    await writeStarterMark(db, mark);
  }
  if (resumed) log('Resuming the first load, which an earlier start did not finish.');

  // The seed is one transaction and idempotent: a rerun after it committed changes nothing.
  await loadSeed(db);
  log(`Loaded the seed article's graph in ${seconds(Date.now() - began)}.`);

  // This start's ENTENTE_STARTER=none wins over an interrupted start's wish for the starter.
  const wanted = options.starter === 'none' ? [] : mark.datasets;
  if (wanted.length > 0) {
    const starterBegan = Date.now();
    log('Loading the starter set (seed/starter/README.md; ENTENTE_STARTER=none skips it):');
    await loadStarter(db, {
      log,
      done: new Set(mark.done),
      onDatasetLoaded: (id) => markDatasetDone(db, id),
      batchSize: options.batchSize,
      dir: options.starterDir,
    });
    const counts = await starterCounts(db);
    log(
      `Starter set loaded in ${seconds(Date.now() - starterBegan)}: ${counts.countries} countries with links, ${counts.agreements} agreements, ${counts.events} events. Cite ATOP and GDELT as seed/starter/README.md says.`,
    );
  } else log('ENTENTE_STARTER=none: the seed article alone, no starter set.');
  await writeStarterMark(db, { state: 'loaded', datasets: wanted, done: wanted });
  return resumed ? 'resumed' : 'loaded';
}
