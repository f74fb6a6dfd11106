// What `npm start` loads into an empty database (server/prepare-data.ts): the seed article, then
// the shipped starter set (seed/starter/: ATOP 4.0 and the GDELT 1.0 sample, read from the
// repository, not ../shared), through the import commands' own importers. Checked on the real
// test Neo4j: the counts of a clean load, ENTENTE_STARTER=none, a database holding other data,
// a rerun, and a load that crashed half-way and was started again.
import type { Driver, Session } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connect.ts';
import { readStarterMark } from '../../db/write/starter-mark.ts';
import { loadStarter } from '../../seed/load-starter.ts';
import { prepareData, type PrepareOptions } from '../../server/prepare-data.ts';
import { resetDatabase, useTestDatabase } from '../support/database.ts';

let db: Database;

async function query<T = Record<string, unknown>>(cypher: string): Promise<T[]> {
  const { records } = await db.driver.executeQuery(cypher, {}, { database: db.database });
  return records.map((r) => r.toObject() as T);
}

async function prepare(options: PrepareOptions = {}, on: Database = db) {
  const lines: string[] = [];
  const outcome = await prepareData(on, (line) => lines.push(line), options);
  return { outcome, lines };
}

/** What a load is made of: the datasets' and the seed's facts, by kind. */
async function counts() {
  const [row] = await query(
    `CALL { MATCH (a:Agreement) WHERE a.id STARTS WITH 'agreement:atop:' RETURN count(a) AS alliances }
     CALL { MATCH ()-[r:PARTY_TO]->(:Agreement) RETURN count(r) AS memberships }
     CALL { MATCH (e:Event) WHERE e.id STARTS WITH 'event:gdelt' RETURN count(e) AS gdeltEvents }
     CALL { MATCH (e:Event) RETURN count(e) AS events }
     CALL { MATCH (c:Country) WHERE (c)-[:PARTY_TO|PARTICIPATED_IN]->() RETURN count(c) AS countries }
     RETURN alliances, memberships, gdeltEvents, events, countries`,
  );
  return row!;
}

/** Properties that name a run (batch ids, when the mark was written), not the data. */
const RUN_PROPERTIES = new Set(['importBatch', 'startedAt', 'finishedAt']);

/** Every node and relationship with its properties, less the run's: equal for equal graphs. */
async function graph(): Promise<string[]> {
  const rows = await query<{ item: string }>(
    `CALL {
       MATCH (n) RETURN labels(n) AS what, n.id AS key, properties(n) AS props
       UNION ALL
       MATCH (a)-[r]->(b) RETURN [type(r)] AS what, a.id + '>' + b.id AS key, properties(r) AS props
     }
     RETURN what, key, props`,
  );
  return rows
    .map((row) => {
      const { what, key, props } = row as unknown as {
        what: string[];
        key: string;
        props: Record<string, unknown>;
      };
      const kept = Object.entries(props)
        .filter(([k]) => !RUN_PROPERTIES.has(k))
        .sort(([a], [b]) => a.localeCompare(b));
      // Neo4j's integers and dates stringify as their fields, in a fixed order.
      return `${[...what].sort().join(':')} ${key} ${JSON.stringify(kept)}`;
    })
    .sort();
}

/** The database as seen through a driver whose write transactions fail after `writes`: a crash. */
function crashingAfter(writes: number): Database {
  let count = 0;
  const driver = new Proxy(db.driver, {
    get(target, prop) {
      if (prop === 'session') {
        return (...args: Parameters<Driver['session']>): Session => {
          const session = target.session(...args);
          const executeWrite = session.executeWrite.bind(session);
          session.executeWrite = ((...w: Parameters<Session['executeWrite']>) => {
            count += 1;
            if (count > writes) return Promise.reject(new Error('simulated crash'));
            return executeWrite(...w);
          }) as Session['executeWrite'];
          return session;
        };
      }
      const value: unknown = Reflect.get(target, prop);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { ...db, driver };
}

beforeAll(async () => {
  db = await useTestDatabase();
});
afterAll(async () => {
  await resetDatabase(db);
  await db?.close();
});

describe('a first start', () => {
  it('with ENTENTE_STARTER=none loads the seed article alone, and later starts leave it so', async () => {
    await resetDatabase(db);
    const first = await prepare({ starter: 'none' });
    expect(first.outcome).toBe('loaded');
    expect(first.lines).toContain('ENTENTE_STARTER=none: the seed article alone, no starter set.');
    expect(await counts()).toMatchObject({ alliances: 0, gdeltEvents: 0, events: 12 });
    expect(await readStarterMark(db)).toEqual({ state: 'loaded', datasets: [], done: [] });

    expect((await prepare()).outcome).toBe('left alone');
    expect(await counts()).toMatchObject({ alliances: 0, gdeltEvents: 0 });
  });

  it('leaves a database that holds other data alone', async () => {
    await resetDatabase(db);
    await query(`CREATE (:Country {id: 'country:ISL', iso3: 'ISL', name: 'Iceland'})`);
    expect((await prepare()).outcome).toBe('left alone');
    expect(await query('MATCH (n) RETURN count(n) AS n')).toEqual([{ n: 1 }]);
    expect(await readStarterMark(db)).toBeUndefined();
  });
});

describe('the starter set', () => {
  let clean: string[];

  it('loads on an empty database after the seed, and says what it loaded and how long it took', async () => {
    await resetDatabase(db);
    const { outcome, lines } = await prepare();
    expect(outcome).toBe('loaded');
    // ATOP 4.0: 745 alliances, 2,398 membership phases; GDELT: 400 of the 710 rows are in the
    // import's default CAMEO roots; the seed article adds 12 events and 13 memberships.
    expect(await counts()).toEqual({
      alliances: 745,
      memberships: 2398 + 13,
      gdeltEvents: 400,
      events: 412,
      countries: 208,
    });
    expect(lines.join('\n')).toMatch(
      /ATOP 4\.0 alliances: 3143 alliance and membership rows \(3143 new\) in \d+\.\d s/,
    );
    expect(lines.join('\n')).toMatch(/GDELT 1\.0 event sample: 400 events of 710 rows/);
    expect(lines.at(-1)).toMatch(
      /^Starter set loaded in \d+\.\d s: \d+ countries with links, 753 agreements, 412 events/,
    );
    expect(await readStarterMark(db)).toEqual({
      state: 'loaded',
      datasets: ['atop-4', 'gdelt-1-sample'],
      done: ['atop-4', 'gdelt-1-sample'],
    });
    // The shipped rows carry their provenance: an alliance names its file and row.
    expect(
      await query(
        `MATCH (a:Agreement {id: 'agreement:atop:3180'}) RETURN a.sourceFile AS file, a.evidenceSources AS sources`,
      ),
    ).toEqual([{ file: 'atop-alliance-level.csv', sources: ['source:dataset:atop-4'] }]);
    clean = await graph();
  });

  it('is not loaded again by the next start, and rerunning its importers changes nothing', async () => {
    expect((await prepare()).outcome).toBe('left alone');
    const summaries = await loadStarter(db, { log: () => {} });
    expect(summaries.map((s) => [s.dataset, s.created, s.rejectedTotal])).toEqual([
      ['ATOP', 0, 0],
      ['GDELT', 0, 0],
    ]);
    expect(await graph()).toEqual(clean);
  });

  it('killed while loading, is completed by the next start: the graph of a clean load', async () => {
    await resetDatabase(db);
    // Writes: the seed, ATOP's dataset sources, two batches of 500 rows; then the crash.
    const crash = await prepare({ batchSize: 500 }, crashingAfter(4)).catch((e: Error) => e);
    expect(crash).toBeInstanceOf(Error);
    expect(await readStarterMark(db)).toMatchObject({ state: 'loading', done: [] });
    const partial = await counts();
    expect(partial.alliances).toBeGreaterThan(0);
    expect(partial.memberships).toBeLessThan(2398);

    const { outcome, lines } = await prepare();
    expect(outcome).toBe('resumed');
    expect(lines[0]).toMatch(/^Resuming the first load/);
    expect(await graph()).toEqual(clean);
  });
});
