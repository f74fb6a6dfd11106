// The API of the research workbench (issue 16): a country network the researcher steers, true
// dates on aggregated edges, undated facts counted and excludable, the data's span in time,
// search that finds what researchers type, and the dyad on a real time axis.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connect.ts';
import { refreshAgreementPairs } from '../../db/write/agreement-pairs.ts';
import { incrementDyadMonths, recountDyadMonths } from '../../db/write/dyad-aggregates.ts';
import { apiOn, graphql } from '../support/api.ts';
import { resetDatabase, useTestDatabase } from '../support/database.ts';

let db: Database;
let app: ReturnType<typeof apiOn>;

interface Edge {
  source: string;
  target: string;
  weight: number;
  properties: Record<string, unknown>;
}
interface Network {
  countryNetwork: { truncated: boolean; totalEdges: number; edges: Edge[] };
}

const COUNTRIES = ['AAA', 'BBB', 'CCC', 'DDD'];

/** Events between two countries, written and aggregated as an importer does. */
async function writeEvents(
  batch: string,
  rows: {
    id: string;
    kind: string;
    a: string;
    b: string;
    date: string | null;
    precision?: string;
    root?: string;
    goldstein?: number;
  }[],
) {
  const session = db.driver.session({ database: db.database });
  try {
    await session.executeWrite(async (tx) => {
      await tx.run(
        `UNWIND $rows AS row
         MERGE (e:Event {id: row.id})
         ON CREATE SET e.importBatch = $batch
         SET e.name = row.id, e.date = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END,
             e.datePrecision = CASE WHEN row.date IS NULL THEN null ELSE coalesce(row.precision, 'DAY') END,
             e.cameoRoot = row.root, e.goldstein = row.goldstein,
             e.evidenceSources = ['source:test'], e.evidenceQuotes = ['']
         FOREACH (_ IN CASE WHEN row.kind = 'Meeting' THEN [1] ELSE [] END | SET e:Meeting)
         FOREACH (_ IN CASE WHEN row.kind = 'Incident' THEN [1] ELSE [] END | SET e:Incident)
         WITH e, row
         MATCH (a:Country {iso3: row.a}), (b:Country {iso3: row.b})
         MERGE (a)-[:PARTICIPATED_IN {role: 'SOURCE'}]->(e)
         MERGE (b)-[:PARTICIPATED_IN {role: 'TARGET'}]->(e)`,
        { rows, batch },
      );
      await incrementDyadMonths(
        tx,
        rows.map((r) => r.id),
        batch,
      );
    });
  } finally {
    await session.close();
  }
}

beforeAll(async () => {
  db = await useTestDatabase();
  await resetDatabase(db);
  await db.driver.executeQuery(
    `MERGE (s:Source {id: 'source:test'}) SET s.name = 'Test', s.title = 'Test'
     WITH s UNWIND $countries AS iso3
     MERGE (c:Country {id: 'country:' + iso3}) SET c.iso3 = iso3, c.name = 'Land ' + iso3, c.aliases = [], c.aliasText = ''
     WITH count(*) AS n
     MATCH (a:Country {iso3: 'AAA'}), (b:Country {iso3: 'BBB'}), (c:Country {iso3: 'CCC'})
     SET a.name = 'Atlantis', a.aliases = ['U.S.', 'AT'], a.aliasText = 'U.S.\nAT'
     MERGE (g:Agreement {id: 'agreement:old-alliance'})
     SET g.name = 'Old alliance', g.agreementType = 'ALLIANCE', g.date = date('1908-05-01'), g.datePrecision = 'DAY',
         g.evidenceSources = ['source:test'], g.evidenceQuotes = ['']
     MERGE (a)-[:PARTY_TO]->(g) MERGE (b)-[:PARTY_TO]->(g)
     MERGE (u:Agreement {id: 'agreement:undated'}) SET u.name = 'Undated pact', u.agreementType = 'OTHER'
     MERGE (a)-[:PARTY_TO]->(u) MERGE (c)-[:PARTY_TO]->(u)
     MERGE (e:Event:Meeting {id: 'event:uk-us'}) SET e.name = 'United Kingdom and U.S. talks', e.date = date('2020-01-01'), e.datePrecision = 'DAY'`,
    { countries: COUNTRIES },
  );
  // The agreements' pair aggregate, as every writer of agreements keeps it.
  const session = db.driver.session({ database: db.database });
  try {
    await session.executeWrite((tx) =>
      refreshAgreementPairs(tx, ['agreement:old-alliance', 'agreement:undated']),
    );
  } finally {
    await session.close();
  }
  await writeEvents('b1', [
    { id: 'e1', kind: 'Meeting', a: 'AAA', b: 'BBB', date: '2022-09-08', root: '04', goldstein: 3 },
    {
      id: 'e2',
      kind: 'Meeting',
      a: 'AAA',
      b: 'BBB',
      date: '2022-11-01',
      precision: 'MONTH',
      root: '04',
      goldstein: 3,
    },
    {
      id: 'e3',
      kind: 'Incident',
      a: 'AAA',
      b: 'BBB',
      date: '2021-03-02',
      root: '19',
      goldstein: -10,
    },
    {
      id: 'e4',
      kind: 'Incident',
      a: 'CCC',
      b: 'DDD',
      date: '2021-06-01',
      root: '18',
      goldstein: -9,
    },
    { id: 'e5', kind: 'Meeting', a: 'CCC', b: 'DDD', date: null, root: '04', goldstein: 1 },
  ]);
  app = apiOn(db);
});
afterAll(() => db.close());

const NETWORK = `query ($filter: GraphFilter, $options: NetworkOptions, $limit: Int) {
  countryNetwork(filter: $filter, options: $options, limit: $limit) { truncated totalEdges edges { source target weight properties } }
}`;

async function network(variables: Record<string, unknown> = {}) {
  const { data, errors } = await graphql<Network>(app, NETWORK, variables);
  expect(errors).toBeUndefined();
  const edges = new Map(
    data!.countryNetwork.edges.map((e) => [
      `${e.source} ${e.target}`.replaceAll('country:', ''),
      e,
    ]),
  );
  return { ...data!.countryNetwork, byPair: edges };
}

describe('the country network a researcher steers', () => {
  it('gives each edge its counts and the true first and last dates of what it summarises', async () => {
    const { byPair, totalEdges } = await network();
    const ab = byPair.get('AAA BBB')!;
    expect(ab.properties).toMatchObject({
      events: 3,
      meetings: 2,
      incidents: 1,
      agreements: 1,
      quadClass1: 2,
      quadClass4: 1,
      goldsteinSum: -4,
      firstEventDate: '2021-03-02',
      lastEventDate: '2022-11',
      lastEventPrecision: 'MONTH',
      firstAgreementDate: '1908-05-01',
      firstDate: '1908-05-01',
      lastDate: '2022-11',
      agreementIds: ['agreement:old-alliance'],
    });
    expect(ab.weight).toBe(4);
    expect(totalEdges).toBe(3);
  });

  it('counts undated facts unless told to leave them out', async () => {
    const all = await network();
    expect(all.byPair.get('CCC DDD')!.properties.events).toBe(2);
    expect(all.byPair.has('AAA CCC')).toBe(true);
    const dated = await network({ filter: { includeUndated: false } });
    expect(dated.byPair.get('CCC DDD')!.properties.events).toBe(1);
    expect(dated.byPair.has('AAA CCC')).toBe(false);
  });

  it('keeps the families, quad classes, CAMEO roots and kinds it is given, weighted', async () => {
    const agreements = await network({ options: { families: ['AGREEMENTS'] } });
    expect([...agreements.byPair.keys()].sort()).toEqual(['AAA BBB', 'AAA CCC']);
    const conflict = await network({ options: { quadClasses: [4], families: ['EVENTS'] } });
    expect(conflict.byPair.get('AAA BBB')!.properties).toMatchObject({
      events: 1,
      incidents: 1,
      meetings: 0,
      goldsteinSum: -10,
    });
    expect(conflict.byPair.get('CCC DDD')!.properties.events).toBe(1);
    const roots = await network({ options: { cameoRoots: ['04'], families: ['EVENTS'] } });
    expect(roots.byPair.get('AAA BBB')!.properties).toMatchObject({ events: 2, quadClass1: 2 });
    const kinds = await network({
      filter: { eventKinds: ['INCIDENT'] },
      options: { families: ['EVENTS'] },
    });
    expect([...kinds.byPair.keys()].sort()).toEqual(['AAA BBB', 'CCC DDD']);
    const weighted = await network({
      options: { eventWeight: 0.5, agreementWeight: 10, minWeight: 5 },
    });
    expect([...weighted.byPair.entries()].map(([k, e]) => [k, e.weight])).toEqual([
      ['AAA BBB', 11.5],
      ['AAA CCC', 10],
    ]);
  });

  it('says how many edges there were before the cut', async () => {
    const cut = await network({ limit: 1 });
    expect(cut).toMatchObject({ truncated: true, totalEdges: 3 });
    expect(cut.byPair.size).toBe(1);
  });

  it('refuses options out of range, naming them', async () => {
    const { errors } = await graphql(app, NETWORK, { options: { quadClasses: [5] } });
    expect(errors![0]!.message).toContain('options.quadClasses');
    const weight = await graphql(app, NETWORK, { options: { eventWeight: -1 } });
    expect(weight.errors![0]!.message).toContain('options.eventWeight');
  });

  it('serves the default view from a cache that a write makes stale', async () => {
    const before = await network();
    expect(before.byPair.has('BBB DDD')).toBe(false);
    await writeEvents('b2', [
      { id: 'e6', kind: 'Meeting', a: 'BBB', b: 'DDD', date: '2023-01-05', root: '04' },
    ]);
    const after = await network();
    expect(after.byPair.get('BBB DDD')!.properties.events).toBe(1);
  });
});

describe('the network over a date range', () => {
  /**
   * The events per pair that a range keeps, counted from the events themselves with the
   * aggregates' rule: an event dated to the day or month counts when its month overlaps the
   * range, one dated only by its year when its year does, an undated one always (by default).
   */
  async function countedFromEvents(from: string | null, to: string | null) {
    const { records } = await db.driver.executeQuery(
      `MATCH (a:Country)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(b:Country)
       WHERE a.iso3 < b.iso3
       WITH DISTINCT a, b, e,
            CASE WHEN e.date IS NULL THEN null WHEN e.datePrecision = 'YEAR' THEN date.truncate('year', e.date) ELSE date.truncate('month', e.date) END AS starts,
            CASE WHEN e.date IS NULL THEN null WHEN e.datePrecision = 'YEAR' THEN date.truncate('year', e.date) + duration('P11M') ELSE date.truncate('month', e.date) END AS ends
       WHERE e.date IS NULL OR (($from IS NULL OR ends >= date.truncate('month', date($from))) AND ($to IS NULL OR starts <= date($to)))
       RETURN a.iso3 + ' ' + b.iso3 AS pair, count(e) AS events ORDER BY pair`,
      { from, to },
      { database: db.database },
    );
    return Object.fromEntries(records.map((r) => [r.get('pair'), Number(r.get('events'))]));
  }

  it('counts what the events themselves give, for whole years, parts of years and open ends', async () => {
    const ranges: [string | null, string | null][] = [
      ['2021', '2021'],
      ['2021-03', '2021-03'],
      ['2021-06-15', '2022-10-01'],
      ['2021-04', '2022'],
      ['2022-09-08', null],
      [null, '2021-05'],
      ['2020', '2023'],
      ['2023-02', '2023-12'],
    ];
    for (const [from, to] of ranges) {
      const { byPair } = await network({
        filter: { from, to },
        options: { families: ['EVENTS'] },
      });
      const counted = Object.fromEntries(
        [...byPair.entries()].map(([pair, edge]) => [pair, edge.properties.events]),
      );
      const days = await graphql<{ countryNetwork: { edges: unknown[] } }>(app, NETWORK, {
        filter: { from, to },
      });
      expect(days.errors).toBeUndefined();
      const expected = await countedFromEvents(
        from && (from.length === 4 ? `${from}-01-01` : from.length === 7 ? `${from}-01` : from),
        to && (to.length === 4 ? `${to}-12-31` : to.length === 7 ? lastDay(to) : to),
      );
      expect(counted, `${from} – ${to}`).toEqual(expected);
    }
  });
});

/** The last day of a month 'YYYY-MM'. */
const lastDay = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};

describe('the aggregates after a retraction', () => {
  it('recounts the buckets of retracted events as if they had never been counted', async () => {
    const session = db.driver.session({ database: db.database });
    try {
      await session.executeWrite(async (tx) => {
        await recountDyadMonths(tx, ['e6'], ['e6']);
        await tx.run("MATCH (e:Event {id: 'e6'}) DETACH DELETE e");
      });
    } finally {
      await session.close();
    }
    const { byPair } = await network();
    expect(byPair.has('BBB DDD')).toBe(false);
    const { records } = await db.driver.executeQuery(
      "MATCH ()-[r:DYAD_MONTH]->() WHERE r.key STARTS WITH 'BBB|DDD' RETURN count(r) AS n",
      {},
      { database: db.database },
    );
    expect(Number(records[0]!.get('n'))).toBe(0);
    const years = await db.driver.executeQuery(
      "MATCH ()-[r:DYAD_YEAR|DYAD_TOTAL]->() WHERE r.key STARTS WITH 'BBB|DDD' RETURN count(r) AS n",
      {},
      { database: db.database },
    );
    expect(Number(years.records[0]!.get('n'))).toBe(0);
  });
});

describe('the span of the data', () => {
  it('runs from the earliest to the latest dated fact, with undated ones counted', async () => {
    const { data } = await graphql<{
      dataSpan: {
        earliest: { date: string; precision: string };
        latest: { date: string };
        undatedEvents: number;
        undatedAgreements: number;
        years: { year: number; events: number; agreements: number }[];
      };
    }>(
      app,
      '{ dataSpan { earliest { date precision } latest { date } undatedEvents undatedAgreements years { year events agreements } } }',
    );
    const span = data!.dataSpan;
    expect(span.earliest).toEqual({ date: '1908-05-01', precision: 'DAY' });
    expect(span.latest.date).toBe('2022-11');
    expect(span.undatedEvents).toBe(1);
    expect(span.undatedAgreements).toBe(1);
    expect(span.years[0]).toEqual({ year: 1908, events: 0, agreements: 1 });
    expect(span.years.at(-1)).toMatchObject({ year: 2022, events: 2 });
    expect(span.years).toHaveLength(2022 - 1908 + 1);
  });
});

describe('search', () => {
  it('puts an exact alias before events that merely mention it', async () => {
    const { data } = await graphql<{ search: { id: string; kind: string }[] }>(
      app,
      '{ search(text: "U.S.") { id kind } }',
    );
    expect(data!.search[0]).toEqual({ id: 'country:AAA', kind: 'COUNTRY' });
    expect(data!.search.map((s) => s.id)).toContain('event:uk-us');
  });
});

describe('the dyad on a time axis', () => {
  it('gives the first and last facts, every year between, and the months with events', async () => {
    const { data, errors } = await graphql<{
      dyad: {
        first: { date: string };
        last: { date: string; precision: string };
        eventCount: number;
        years: { year: number; events: number; agreementsInForce: number; quadClasses: number[] }[];
        months: { month: string; events: number }[];
      };
    }>(
      app,
      '{ dyad(a: "AAA", b: "BBB", to: "2022") { first { date } last { date precision } eventCount years { year events agreementsInForce quadClasses } months { month events } } }',
    );
    expect(errors).toBeUndefined();
    const dyad = data!.dyad;
    expect(dyad.first.date).toBe('1908-05-01');
    expect(dyad.last).toEqual({ date: '2022-11', precision: 'MONTH' });
    expect(dyad.eventCount).toBe(3);
    expect(dyad.years[0]).toMatchObject({ year: 1908, agreementsInForce: 1 });
    expect(dyad.years.at(-1)).toMatchObject({ year: 2022, events: 2, quadClasses: [2, 0, 0, 0] });
    expect(dyad.years).toHaveLength(2022 - 1908 + 1);
    expect(dyad.months).toEqual([
      { month: '2021-03', events: 1 },
      { month: '2022-09', events: 1 },
      { month: '2022-11', events: 1 },
    ]);
  });
});
