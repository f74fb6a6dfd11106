// Whether `npm start` has finished filling a database it found empty, kept in the database (a
// node of its own label, outside the graph's entity labels: no search, health count or
// view reaches it). The mark is written as `loading` before the first row, so a start killed
// while loading finds it and loads again (every load is idempotent), and `loaded` only after
// the last dataset committed; "the database is not empty" alone cannot tell a finished load
// from an interrupted one.
import { LOAD_MARK_LABEL as STARTER_MARK_LABEL } from '../../schema/model.ts';
import type { Database } from '../connect.ts';

export const STARTER_MARK_ID = 'load:starter';

export type StarterState = 'loading' | 'loaded';

export interface StarterMark {
  state: StarterState;
  /** The starter datasets the load includes (none with ENTENTE_STARTER=none: the seed alone). */
  datasets: string[];
  /** Of those, the ones committed in full: a resumed load skips them. */
  done: string[];
}

export const READ_STARTER_MARK = `
MATCH (m:${STARTER_MARK_LABEL} {id: $id}) RETURN m.state AS state, m.datasets AS datasets, m.done AS done`;

export const WRITE_STARTER_MARK = `
MERGE (m:${STARTER_MARK_LABEL} {id: $id})
ON CREATE SET m.startedAt = datetime()
SET m.state = $state, m.datasets = $datasets, m.done = $done,
    m.finishedAt = CASE $state WHEN 'loaded' THEN datetime() END`;

export const MARK_DATASET_DONE = `
MATCH (m:${STARTER_MARK_LABEL} {id: $id})
SET m.done = CASE WHEN $dataset IN m.done THEN m.done ELSE m.done + $dataset END`;

export async function readStarterMark(db: Database): Promise<StarterMark | undefined> {
  const { records } = await db.driver.executeQuery(
    READ_STARTER_MARK,
    { id: STARTER_MARK_ID },
    { database: db.database },
  );
  const record = records[0];
  if (!record) return undefined;
  return {
    state: record.get('state') as StarterState,
    datasets: (record.get('datasets') as string[] | null) ?? [],
    done: (record.get('done') as string[] | null) ?? [],
  };
}

export async function writeStarterMark(db: Database, mark: StarterMark): Promise<void> {
  await db.driver.executeQuery(
    WRITE_STARTER_MARK,
    { id: STARTER_MARK_ID, ...mark },
    { database: db.database },
  );
}

export async function markDatasetDone(db: Database, dataset: string): Promise<void> {
  await db.driver.executeQuery(
    MARK_DATASET_DONE,
    { id: STARTER_MARK_ID, dataset },
    { database: db.database },
  );
}
