// The ATOP importer against the real test Neo4j, on real ATOP 4 rows (tests/fixtures/atop).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connect.ts';
import { importAtop } from '../../seed/import/atop/import-atop.ts';
import { ImportReport, type ImportSummary } from '../../seed/import/report.ts';
import { graphCounts, resetDatabase, useTestDatabase } from '../support/database.ts';

const fixture = (name: string) => new URL(`../fixtures/atop/${name}`, import.meta.url).pathname;
let db: Database;

async function importFiles(members = 'members.csv'): Promise<ImportSummary> {
  const report = new ImportReport('ATOP', false);
  await importAtop({
    alliancesFile: fixture('alliances.csv'),
    membersFile: fixture(members),
    batchSize: 10,
    db,
    report,
  });
  return report.summary();
}

async function query(cypher: string) {
  const { records } = await db.driver.executeQuery(cypher, {}, { database: db.database });
  return records.map((r) => r.toObject());
}

beforeAll(async () => {
  db = await useTestDatabase();
  await resetDatabase(db);
});
afterAll(() => db.close());

describe('ATOP import', () => {
  it('imports every alliance as an Agreement and every membership row as PARTY_TO', async () => {
    const summary = await importFiles();
    expect(summary).toMatchObject({ read: 47, imported: 47, created: 47, rejectedTotal: 0 });
    const [row] = await query(
      `MATCH (a:Agreement) WITH count(a) AS agreements
       MATCH ()-[r:PARTY_TO]->() RETURN agreements, count(r) AS memberships`,
    );
    expect(row).toEqual({ agreements: 5, memberships: 42 });
  });

  it('links the United States and Japan to their common alliances, with pledges and dates', async () => {
    const rows = await query(
      `MATCH (:Country {id: 'country:USA'})-[us:PARTY_TO]->(a:Agreement)<-[jp:PARTY_TO]-(:Country {id: 'country:JPN'})
       RETURN a.id AS id, a.agreementType AS type, a.status AS status, a.defense AS defense,
              toString(a.date) AS date, toString(a.endDate) AS endDate,
              toString(jp.from) AS from, toString(jp.to) AS to, a.evidenceSources AS evidence
       ORDER BY id`,
    );
    expect(rows).toEqual([
      {
        id: 'agreement:atop:3220',
        type: 'ALLIANCE',
        status: 'ENDED',
        defense: true,
        date: '1951-09-08',
        endDate: '1960-01-19',
        from: '1951-09-08',
        to: '1960-01-19',
        evidence: ['source:dataset:atop-4'],
      },
      {
        id: 'agreement:atop:3375',
        type: 'ALLIANCE',
        status: 'IN_FORCE',
        defense: true,
        date: '1960-01-19',
        endDate: null,
        from: '1960-01-19',
        to: null,
        evidence: ['source:dataset:atop-4'],
      },
    ]);
  });

  it('keeps one PARTY_TO per membership phase, and historical states as their own countries', async () => {
    const [bavaria] = await query(
      `MATCH (c:Country {id: 'country:cow-245'})-[r:PARTY_TO]->(:Agreement {id: 'agreement:atop:1020'})
       RETURN c.name AS name, c.iso3 AS iso3, count(r) AS phases`,
    );
    expect(bavaria).toEqual({ name: 'Bavaria', iso3: null, phases: 3 });
    const [czech] = await query(
      `MATCH (:Country {cowCode: 360})-[r:PARTY_TO]->(:Agreement {id: 'agreement:atop:3610'}) RETURN count(r) AS n`,
    );
    expect(czech!.n).toBeGreaterThan(1);
  });

  it('changes nothing when imported again', async () => {
    const before = await graphCounts(db);
    const again = await importFiles();
    expect(again).toMatchObject({ imported: 47, created: 0 });
    expect(await graphCounts(db)).toEqual(before);
  });

  it('writes nothing for rejected member rows and reports each with its reason', async () => {
    const before = await graphCounts(db);
    const summary = await importFiles('members-malformed.csv');
    expect(
      Object.fromEntries(Object.entries(summary.rejected).map(([k, v]) => [k, v.count])),
    ).toEqual({
      'bad date': 1,
      'bad number': 1,
      'unknown COW code': 1,
      'alliance not in alliances file': 1,
      'duplicate membership': 1,
    });
    expect(await graphCounts(db)).toEqual(before);
  });
});
