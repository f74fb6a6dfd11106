// events for a country that is in a large share of all events (issue 13): the statement walks
// the date index newest first and stops at the page's end instead of reading every event of
// the country. The pages must be the ones the other start gives: same order (date, then id,
// newest first; undated last), each event once, cursors stable across equal dates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connect.ts';
import { apiOn, graphql, type GraphQLResponse, type Recorded } from '../support/api.ts';
import { resetDatabase, useTestDatabase } from '../support/database.ts';

let db: Database;
const recorded: Recorded = { statements: [], params: [] };
let app: ReturnType<typeof apiOn>;

/** The hub is in 400 dated events (three a day) and 3 undated ones; 30 events are elsewhere. */
const HUB_EVENTS = 403;

beforeAll(async () => {
  db = await useTestDatabase();
  await resetDatabase(db);
  await db.driver.executeQuery(
    `MERGE (hub:Country {id: 'country:HUB'}) SET hub.iso3 = 'HUB', hub.name = 'Hubland'
     MERGE (q:Country {id: 'country:QQQ'}) SET q.iso3 = 'QQQ', q.name = 'Quietland'
     MERGE (z:Country {id: 'country:ZZZ'}) SET z.iso3 = 'ZZZ', z.name = 'Elsewhere'
     WITH hub, q, z
     UNWIND range(1, 400) AS i
     CREATE (e:Event:Meeting {id: 'event:' + right('000' + toString(i), 3), name: 'Meeting ' + i,
             date: date('2010-01-01') + duration({days: i / 3}), datePrecision: 'DAY'})
     CREATE (hub)-[:PARTICIPATED_IN {role: 'HOST'}]->(e)
     FOREACH (_ IN CASE WHEN i % 40 = 0 THEN [1] ELSE [] END | CREATE (q)-[:PARTICIPATED_IN {role: 'VISITOR'}]->(e))
     WITH DISTINCT hub, z
     UNWIND range(1, 3) AS i
     CREATE (hub)-[:PARTICIPATED_IN {role: 'HOST'}]->(:Event:Meeting {id: 'event:undated-' + i, name: 'Undated ' + i})
     WITH DISTINCT z
     UNWIND range(1, 30) AS i
     CREATE (z)-[:PARTICIPATED_IN {role: 'HOST'}]->(:Event:Meeting {id: 'event:z' + i, name: 'Elsewhere ' + i,
             date: date('2010-02-01') + duration({days: i})})`,
  );
  app = apiOn(db, recorded);
});
afterAll(() => db.close());

interface Page {
  events: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; date: string | null } }[];
  };
}

/** Every page of a filter, first 10 at a time: the ids in order and the reported total. */
async function allPages(filter: string): Promise<{ ids: string[]; total: number }> {
  const ids: string[] = [];
  let after: string | null = null;
  let total = -1;
  for (let page = 0; page < 100; page += 1) {
    const query = `query($after: String) { events(filter: ${filter}, first: 10, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id date } } } }`;
    const response: GraphQLResponse<Page> = await graphql<Page>(app, query, { after });
    const { data, errors } = response;
    expect(errors).toBeUndefined();
    ids.push(...data!.events.edges.map((e) => e.node.id));
    total = data!.events.totalCount;
    if (!data!.events.pageInfo.hasNextPage) return { ids, total };
    after = data!.events.pageInfo.endCursor;
  }
  throw new Error('more than 100 pages');
}

/** The expected order, computed here from the graph: date then id, newest first; undated last. */
async function expected(where: string): Promise<string[]> {
  const { records } = await db.driver.executeQuery(
    `MATCH (e:Event) WHERE ${where}
     RETURN e.id AS id ORDER BY coalesce(e.date, date('0001-01-01')) DESC, e.id DESC`,
    {},
    { database: db.database },
  );
  return records.map((r) => r.get('id') as string);
}

const HUB = `EXISTS { (:Country {iso3: 'HUB'})-[:PARTICIPATED_IN]->(e) }`;
const QUIET = `EXISTS { (:Country {iso3: 'QQQ'})-[:PARTICIPATED_IN]->(e) }`;

describe('events of a country in most events', () => {
  it('pages through all of them in order, undated last, each once', async () => {
    const { ids, total } = await allPages('{ countries: ["HUB"] }');
    expect(total).toBe(HUB_EVENTS);
    expect(ids).toEqual(await expected(HUB));
    expect(ids.slice(-3)).toEqual(['event:undated-3', 'event:undated-2', 'event:undated-1']);
  });

  it('pages through a date range (three events a day, so cursors fall inside a day)', async () => {
    const { ids, total } = await allPages('{ countries: ["HUB"], from: "2010-02", to: "2010-02" }');
    const want = await expected(
      `${HUB} AND e.date >= date('2010-02-01') AND e.date <= date('2010-02-28')`,
    );
    expect(want).toHaveLength(84);
    expect(ids).toEqual(want);
    expect(total).toBe(84);
  });

  it('reads about a page of events for the first page, not all of the country’s', async () => {
    recorded.statements.length = 0;
    recorded.params!.length = 0;
    const query =
      '{ events(filter: { countries: ["HUB"], from: "2010" }, first: 10) { edges { node { id } } } }';
    const { data } = await graphql<Page>(app, query);
    expect(data!.events.edges.map((e) => e.node.id)).toEqual((await expected(HUB)).slice(0, 10));
    expect(recorded.statements).toHaveLength(1);
    const { summary } = await db.driver.executeQuery(
      `PROFILE ${recorded.statements[0]}`,
      recorded.params![0],
      { database: db.database },
    );
    // Rows that came out of the date index or the hub's relationships, whichever was walked.
    const rowsRead = (plan: { operatorType: string; rows: number; children: unknown[] }): number =>
      (/IndexSeekByRange|Expand/.test(plan.operatorType) && !/Into/.test(plan.operatorType)
        ? plan.rows
        : 0) + plan.children.reduce<number>((n, c) => n + rowsRead(c as typeof plan), 0);
    const read = rowsRead(summary.profile as never);
    expect(read).toBeGreaterThan(0);
    expect(read).toBeLessThan(60);
  });

  it('gives a quiet country and a pair the same pages as the graph holds', async () => {
    const quiet = await allPages('{ countries: ["QQQ"] }');
    expect(quiet.ids).toEqual(await expected(QUIET));
    expect(quiet.total).toBe(10);
    const pair = await allPages('{ countries: ["HUB", "QQQ"], from: "2010-03" }');
    expect(pair.ids).toEqual(
      await expected(`${HUB} AND ${QUIET} AND e.date >= date('2010-03-01')`),
    );
  });
});
