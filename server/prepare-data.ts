// Data that `npm start` brings to an empty database: the seed article's graph (and with it the
// country reference data), so a first run opens on something to explore. A database that holds
// anything is left as it is.
import { seedIfEmpty } from '../seed/load-seed.ts';
import type { Database } from '../db/connect.ts';

export async function prepareData(db: Database, log: (line: string) => void): Promise<void> {
  const began = Date.now();
  const report = await seedIfEmpty(db);
  if (report) {
    log(
      `Loaded the seed article's graph into the empty database in ${((Date.now() - began) / 1000).toFixed(1)} s.`,
    );
  }
}
