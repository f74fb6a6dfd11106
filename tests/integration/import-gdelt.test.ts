// The GDELT importer against the real test Neo4j: what a row becomes in the graph, that reruns
// change nothing, and that rejected rows write nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connect.ts';
import { importGdelt } from '../../seed/import/gdelt/import-gdelt.ts';
import { ImportReport, type ImportSummary } from '../../seed/import/report.ts';
import { graphCounts, resetDatabase, useTestDatabase } from '../support/database.ts';

const fixture = (name: string) => new URL(`../fixtures/gdelt/${name}`, import.meta.url).pathname;

let db: Database;

async function importFiles(inputs: string[], statesOnly = false): Promise<ImportSummary> {
  const report = new ImportReport('GDELT', false);
  await importGdelt({
    inputs,
    filter: { cameoRoots: undefined, statesOnly },
    batchSize: 5, // several transactions even for a small fixture
    db,
    report,
    progress: { enabled: false },
  });
  return report.summary();
}

async function query(cypher: string, params: Record<string, unknown> = {}) {
  const { records } = await db.driver.executeQuery(cypher, params, { database: db.database });
  return records.map((r) => r.toObject());
}

const dyadTotals = () =>
  query(`MATCH ()-[r:DYAD_MONTH]->() RETURN count(r) AS dyadMonths, sum(r.events) AS events,
         round(sum(r.goldsteinSum), 6) AS goldstein, sum(r.meetings) AS meetings`);

beforeAll(async () => {
  db = await useTestDatabase();
  await resetDatabase(db);
});
afterAll(() => db.close());

describe('GDELT import', () => {
  it('imports every row of the GDELT 1.0 sample (57 and 58 columns) as an event', async () => {
    const summary = await importFiles([fixture('gdelt-1-sample.tsv')]);
    expect(summary).toMatchObject({ read: 16, imported: 16, created: 16, rejectedTotal: 0 });
    const [row] = await query('MATCH (e:Event) RETURN count(e) AS events');
    expect(row!.events).toBe(16);
  });

  it('writes an event with its CAMEO codes, Goldstein score, date, source and evidence', async () => {
    const [e] = await query(
      `MATCH (e:Event {id: 'event:gdelt:564111684'})
       MATCH (s:Source {id: e.evidenceSources[0]})
       RETURN e {.*} AS e, labels(e) AS labels, s {.*} AS s`,
    );
    expect(e!.labels).toEqual(expect.arrayContaining(['Event', 'Incident']));
    expect(e!.e).toMatchObject({
      cameoCode: '172',
      cameoBase: '172',
      cameoRoot: '17',
      quadClass: 4,
      datePrecision: 'DAY',
      dataset: 'GDELT 1.0',
      globalEventId: 564111684,
      evidenceQuotes: [''],
    });
    expect(typeof e!.e.goldstein).toBe('number');
    expect(e!.e.date.toString()).toBe('2016-07-21'); // SQLDATE 20160721
    expect(e!.s.url).toMatch(/^http/);
    expect(e!.s.publisher).toBe(new URL(e!.s.url).hostname);
  });

  it('links the actors’ countries with SOURCE and TARGET roles and the event to its place', async () => {
    const rows = await query(
      `MATCH (c:Country)-[p:PARTICIPATED_IN]->(e:Event {id: 'event:gdelt:564111684'})-[:HELD_AT]->(pl:Place)
       RETURN c.id AS country, p.role AS role, p.evidenceSources AS evidence, pl.lat AS lat
       ORDER BY role`,
    );
    expect(rows.map((r) => [r.country, r.role])).toEqual([
      ['country:CAN', 'SOURCE'],
      ['country:USA', 'TARGET'],
    ]);
    expect(rows[0]!.evidence).toHaveLength(1);
    expect(typeof rows[0]!.lat).toBe('number');
  });

  it('cites the GDELT 1.0 dataset for rows without a source URL', async () => {
    const [row] = await query(
      `MATCH (e:Event {id: 'event:gdelt:1553219'})<-[:PARTICIPATED_IN]-(c:Country)
       RETURN e.evidenceSources AS evidence, collect(c.iso3) AS countries`,
    );
    expect(row!.evidence).toEqual(['source:dataset:gdelt-1']);
    expect([...(row!.countries as string[])].sort()).toEqual(['EGY', 'ISR']);
    const [source] = await query(
      `MATCH (s:Source {id: 'source:dataset:gdelt-1'}) RETURN s.name AS name`,
    );
    expect(source!.name).toBe('GDELT 1.0 Event Database');
  });

  it('keeps the country network’s monthly dyad aggregates current', async () => {
    const [row] = await query(
      `MATCH (:Country {iso3: 'EGY'})-[r:DYAD_MONTH]-(:Country {iso3: 'ISR'})
       RETURN r.events AS events, r.sampleEvents AS sample, toString(r.month) AS month`,
    );
    expect(row).toMatchObject({ events: 1, month: '1982-01-01', sample: ['event:gdelt:1553219'] });
  });

  it('changes nothing when the same rows are imported again, plain or zipped', async () => {
    const before = { counts: await graphCounts(db), dyads: await dyadTotals() };
    const again = await importFiles([fixture('gdelt-1-sample.tsv'), fixture('gdelt-1-sample.zip')]);
    expect(again).toMatchObject({ read: 32, imported: 32, created: 0 });
    expect({ counts: await graphCounts(db), dyads: await dyadTotals() }).toEqual(before);
  });

  it('imports GDELT 2.0 rows and cites the GDELT 2.0 dataset', async () => {
    const summary = await importFiles([fixture('gdelt-2-rows.tsv')]);
    expect(summary).toMatchObject({ imported: 3, created: 3 });
    const rows = await query(
      `MATCH (e:Event) WHERE e.globalEventId >= 900000000 RETURN e.dataset AS dataset`,
    );
    expect(rows.map((r) => r.dataset)).toEqual(['GDELT 2.0', 'GDELT 2.0', 'GDELT 2.0']);
  });

  it('writes only the valid rows of a malformed file', async () => {
    const summary = await importFiles([fixture('malformed.tsv')]);
    expect(summary).toMatchObject({ read: 8, imported: 2, rejectedTotal: 6 });
    const rows = await query(
      `MATCH (e:Event) WHERE 800000000 < e.globalEventId < 800000100 RETURN e.globalEventId AS id ORDER BY id`,
    );
    expect(rows.map((r) => r.id)).toEqual([800000001, 800000008]);
  });
});
