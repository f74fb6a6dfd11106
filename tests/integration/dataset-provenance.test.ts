// Every dataset fact names the row it came from: a GDELT event its export file and line (and its
// article, SOURCEURL, as evidence), an ATOP alliance and membership their file, line and row.
// (SIPRI's and ICEWS's rows: import-sipri.test.ts, import-icews.test.ts.)
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../db/connect.ts';
import { importAtop } from '../../seed/import/atop/import-atop.ts';
import { importGdelt } from '../../seed/import/gdelt/index.ts';
import { ImportReport } from '../../seed/import/report.ts';
import { resetDatabase, useTestDatabase } from '../support/database.ts';

const fixture = (path: string) => new URL(`../fixtures/${path}`, import.meta.url).pathname;
let db: Database;

async function query(cypher: string) {
  const { records } = await db.driver.executeQuery(cypher, {}, { database: db.database });
  return records.map((r) => r.toObject());
}

beforeAll(async () => {
  db = await useTestDatabase();
  await resetDatabase(db);
  await importGdelt({
    inputs: [fixture('gdelt/gdelt-1-sample.tsv')],
    filter: { cameoRoots: undefined, statesOnly: false },
    batchSize: 50,
    db,
    report: new ImportReport('GDELT', false),
    progress: { enabled: false },
  });
  await importAtop({
    alliancesFile: fixture('atop/alliances.csv'),
    membersFile: fixture('atop/members.csv'),
    batchSize: 50,
    db,
    report: new ImportReport('ATOP', false),
  });
});
afterAll(() => db.close());

it('names the GDELT export file and line of each event, beside its article', async () => {
  const lines = readFileSync(fixture('gdelt/gdelt-1-sample.tsv'), 'utf8').split('\n');
  const rows = await query(
    `MATCH (e:Event) WHERE e.dataset STARTS WITH 'GDELT'
     RETURN e.globalEventId AS id, e.sourceFile AS file, e.sourceLine AS line ORDER BY id LIMIT 20`,
  );
  expect(rows.length).toBeGreaterThan(10);
  for (const row of rows) {
    expect(row.file).toBe('gdelt-1-sample.tsv');
    expect(lines[(row.line as number) - 1]!.split('\t')[0]).toBe(String(row.id));
  }
  const [withUrl] = await query(
    `MATCH (e:Event) WHERE e.dataset STARTS WITH 'GDELT'
     MATCH (s:Source {id: e.evidenceSources[0]}) WHERE s.url IS NOT NULL
     RETURN s.url AS url, e.sourceLine AS line LIMIT 1`,
  );
  expect(lines[(withUrl!.line as number) - 1]).toContain(withUrl!.url as string);
});

it('names the ATOP alliance row and member-phase row of each agreement and membership', async () => {
  const [alliance] = await query(
    `MATCH (a:Agreement {id: 'agreement:atop:3375'})
     RETURN a.sourceFile AS file, a.sourceLine AS line, a.sourceRow AS row`,
  );
  expect(alliance).toMatchObject({ file: 'alliances.csv' });
  expect(String(alliance!.row)).toMatch(/^3375,/);
  const lines = readFileSync(fixture('atop/alliances.csv'), 'utf8').split(/\r?\n/);
  expect(lines[(alliance!.line as number) - 1]).toBe(alliance!.row);
  const memberships = await query(
    `MATCH (:Country {iso3: 'JPN'})-[p:PARTY_TO]->(:Agreement {id: 'agreement:atop:3375'})
     RETURN p.sourceFile AS file, p.sourceLine AS line, p.sourceRow AS row`,
  );
  expect(memberships).toHaveLength(1);
  expect(memberships[0]).toMatchObject({ file: 'members.csv' });
  expect(String(memberships[0]!.row)).toMatch(/^3375,/);
});
