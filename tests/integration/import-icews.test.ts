// The ICEWS importer against the real test Neo4j, on rows copied from the ICEWS sample
// (tests/fixtures/icews/README.md): states, sectors of states and named actors, the story and
// sentence as evidence, places, reruns, zips, rejections.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connect.ts';
import { importIcews } from '../../seed/import/icews/import-icews.ts';
import { parseCameoRoots } from '../../seed/import/gdelt/filters.ts';
import { DEFAULT_CAMEO_ROOTS } from '../../seed/import/cameo/event-kinds.ts';
import { ImportReport, type ImportSummary } from '../../seed/import/report.ts';
import { graphCounts, resetDatabase, useTestDatabase } from '../support/database.ts';

const fixture = (name: string) => new URL(`../fixtures/icews/${name}`, import.meta.url).pathname;
let db: Database;

async function importFile(
  name = 'events.2018.sample-rows.tab',
  roots = DEFAULT_CAMEO_ROOTS.join(','),
): Promise<ImportSummary> {
  const report = new ImportReport('ICEWS', false);
  await importIcews({
    inputs: [fixture(name)],
    cameoRoots: parseCameoRoots(roots),
    batchSize: 5,
    db,
    report,
    progress: { enabled: false },
  });
  return report.summary();
}

async function query(cypher: string) {
  const { records } = await db.driver.executeQuery(cypher, {}, { database: db.database });
  return records.map((r) => r.toObject());
}

const dyads = () =>
  query(
    `MATCH ()-[r:DYAD_MONTH]->() RETURN r.key AS key, r.events AS events, r.goldsteinSum AS g ORDER BY key`,
  );

beforeAll(async () => {
  db = await useTestDatabase();
  await resetDatabase(db);
});
afterAll(() => db.close());

describe('ICEWS import', () => {
  it('accounts for every row: imported, or skipped by CAMEO root', async () => {
    const summary = await importFile();
    expect(summary).toMatchObject({ read: 32, imported: 18, created: 18, rejectedTotal: 0 });
    expect(summary.skipped).toEqual({ 'CAMEO root not selected': 14 });
  });

  it('links a sub-state actor to its country, keeping its name and sectors', async () => {
    const rows = await query(
      `MATCH (o:Organization {id: 'organization:icews:high-ranking-military-personnel-vietnam'})-[:PART_OF]->(c:Country)
       MATCH (o)-[p:PARTICIPATED_IN]->(e:Event {id: 'event:icews:32889836-20180601'})
       RETURN o.name AS name, o.sectors AS sectors, c.iso3 AS country, p.role AS role`,
    );
    expect(rows).toEqual([
      {
        name: 'High Ranking Military Personnel (Vietnam)',
        sectors: ['Military', 'Government'],
        country: 'VNM',
        role: 'TARGET',
      },
    ]);
    const [trump] = await query(
      `MATCH (p:Person {id: 'person:icews:donald-trump'})-[:PART_OF]->(c:Country) RETURN c.iso3 AS country`,
    );
    expect(trump).toEqual({ country: 'USA' });
  });

  it('names the story, sentence and publisher in the evidence, and the row it came from', async () => {
    const [event] = await query(
      `MATCH (e:Event {id: 'event:icews:32889836-20180601'})-[:HELD_AT]->(p:Place)
       MATCH (s:Source {id: e.evidenceSources[0]})
       MATCH (c:Country)-[r:PARTICIPATED_IN]->(e)
       RETURN e.cameoCode AS cameo, e.cameoRoot AS root, e.goldstein AS goldstein, e.storyId AS story,
              e.sentenceNumber AS sentence, e.publisher AS publisher, e.sourceLine AS line,
              e.sourceFile AS file, toString(e.date) AS date, labels(e) AS labels,
              s.title AS source, s.publisher AS sourcePublisher, e.evidenceQuotes[0] AS quote,
              p.lat AS lat, p.lon AS lon, p.name AS place, collect(c.iso3 + ':' + r.role) AS countries`,
    );
    expect(event).toMatchObject({
      cameo: '040',
      root: '04',
      goldstein: 1,
      story: '47400351',
      sentence: 2,
      publisher: 'Vietnam News Agency Bulletin',
      line: 2,
      file: 'events.2018.sample-rows.tab',
      date: '2018-06-01',
      source: 'ICEWS story 47400351, Vietnam News Agency Bulletin',
      sourcePublisher: 'Vietnam News Agency Bulletin',
      lat: 21.0245,
      lon: 105.841,
      place: 'Hanoi, Thanh Pho Ha Noi, Vietnam',
    });
    expect(event!.labels).toEqual(expect.arrayContaining(['Event', 'Meeting']));
    expect(event!.quote).toMatch(/^32889836\t2018-06-01\tForeign Affairs \(Bangladesh\)\t/);
    expect([...(event!.countries as string[])].sort()).toEqual(['BGD:SOURCE', 'VNM:TARGET']);
  });

  it('changes nothing when imported again, from the zip this time', async () => {
    const counts = await graphCounts(db);
    const before = await dyads();
    const summary = await importFile('events.2018.sample-rows.zip');
    expect(summary).toMatchObject({ read: 32, imported: 18, created: 0 });
    expect(await graphCounts(db)).toEqual(counts);
    expect(await dyads()).toEqual(before);
  });

  it('rejects bad rows with line, field and reason', async () => {
    const summary = await importFile('malformed.tab', 'all');
    expect(summary).toMatchObject({ read: 5, imported: 1, rejectedTotal: 4 });
    expect(
      Object.values(summary.rejected).map((r) => `${r.examples[0]!.line} ${r.examples[0]!.reason}`),
    ).toEqual(['3 bad date', '4 bad CAMEO code', '5 bad number', '6 wrong column count']);
  });
});
