// The SIPRI importer against the real test Neo4j, on rows copied from SIPRI's own export
// (tests/fixtures/sipri/README.md), and what the API makes of them: the US–Japan dyad's
// transfers by year, the ARMS_TRANSFERS family of the country network, dataSpan, exports.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import type { Database } from '../../db/connect.ts';
import { importSipri } from '../../seed/import/sipri/import-sipri.ts';
import { ImportReport, type ImportSummary } from '../../seed/import/report.ts';
import { apiOn, graphql } from '../support/api.ts';
import { graphCounts, resetDatabase, useTestDatabase } from '../support/database.ts';

interface Edge {
  id: string;
  source: string;
  target: string;
  weight: number;
  properties: Record<string, number | string>;
  evidence: { sourceTitle: string }[];
}
interface Transfer {
  supplierName: string;
  evidence: { sourceTitle: string; quote: string }[];
}
interface DyadAnswer {
  transferCount: number;
  first: { date: string; precision: string };
  years: { year: number; transfers: number }[];
  transfers: Transfer[];
}

const fixture = (name: string) => new URL(`../fixtures/sipri/${name}`, import.meta.url).pathname;
let db: Database;
let app: ReturnType<typeof apiOn>;

async function importFile(
  name = 'trade-register-sample.csv',
  batchSize = 7,
): Promise<ImportSummary> {
  const report = new ImportReport('SIPRI', false);
  await importSipri({ file: fixture(name), batchSize, db, report });
  return report.summary();
}

async function query(cypher: string, params: Record<string, unknown> = {}) {
  const { records } = await db.driver.executeQuery(cypher, params, { database: db.database });
  return records.map((r) => r.toObject());
}

async function aggregates() {
  return query(
    `MATCH (a)-[r:DYAD_TRANSFERS]->(b)
     RETURN r.key AS key, r.transfers AS transfers, r.fromLowerCode AS fromLower,
            r.fromHigherCode AS fromHigher, r.tivDelivered AS tiv ORDER BY key`,
  );
}

beforeAll(async () => {
  db = await useTestDatabase();
  await resetDatabase(db);
  app = apiOn(db);
});
afterAll(() => db.close());

describe('SIPRI import', () => {
  it('imports every record of the export, repairing the three broken across lines', async () => {
    const summary = await importFile();
    expect(summary).toMatchObject({ read: 30, imported: 30, created: 30, rejectedTotal: 0 });
    expect(summary.notes).toContain('encoding: windows-1252; header on line 12');
    expect(summary.notes).toContain('record broken across lines 20-21 repaired (joined)');
    const [repaired] = await query(
      `MATCH (t:ArmsTransfer {sourceLine: 38}) RETURN t.sourceLastLine AS last, t.comments AS comments,
              t.tivPerUnit AS unit, t.tivOrdered AS ordered, t.tivDelivered AS delivered`,
    );
    // Broken after "other engines" and a carriage return; the TIV values on the next line.
    expect(repaired).toMatchObject({ last: 39, unit: 0.25, ordered: 3.5, delivered: 3.25 });
    expect(repaired!.comments).toMatch(/redesign for other engines$/);
  });

  it('keeps the values, the ? flags and the register row of each transfer', async () => {
    const [t] = await query(
      `MATCH (s:Country {iso3: 'RUS'})-[:SUPPLIED]->(t:ArmsTransfer)<-[:RECEIVED]-(:Country {iso3: 'AFG'}),
             (t)-[:CONCERNS]->(w:WeaponSystem)
       WHERE t.weaponDesignation = 'An-26'
       RETURN t.supplierName AS supplier, t.orderYear AS year, t.orderYearUncertain AS yearUncertain,
              t.numberOrdered AS ordered, t.numberOrderedUncertain AS orderedUncertain,
              t.numberDelivered AS delivered, t.deliveryYears AS deliveries, t.status AS status,
              t.tivPerUnit AS unit, t.tivOrdered AS total, t.tivDelivered AS tiv,
              w.name AS weapon, w.category AS category, t.sourceFile AS file, t.sourceLine AS line,
              t.sourceRow AS row, t.evidenceSources AS sources, t.evidenceQuotes AS quotes`,
    );
    expect(t).toEqual({
      supplier: 'Soviet Union',
      year: 1987,
      yearUncertain: true,
      ordered: 3,
      orderedUncertain: false,
      delivered: 3,
      deliveries: [1987],
      status: 'New',
      unit: 8.5,
      total: 25.5,
      tiv: 25.5,
      weapon: 'An-26',
      category: 'transport aircraft',
      file: 'trade-register-sample.csv',
      line: 13,
      row: 'Afghanistan,Soviet Union,1987,?,3,,An-26,transport aircraft,3,,1987,New,,8.5,25.5,25.5',
      sources: ['source:dataset:sipri-arms-transfers'],
      quotes: [
        'Afghanistan,Soviet Union,1987,?,3,,An-26,transport aircraft,3,,1987,New,,8.5,25.5,25.5',
      ],
    });
  });

  it('decodes the Windows-1252 export', async () => {
    const names = await query(
      `MATCH (t:ArmsTransfer) WHERE t.comments CONTAINS 'Wärtsilä' OR t.weaponDesignation CONTAINS 'Kiliç'
       RETURN count(t) AS n`,
    );
    expect(names[0]!.n).toBe(2);
  });

  it('maps historical states to COW states and non-state parties to organizations', async () => {
    const rows = await query(
      `MATCH (p)-[:SUPPLIED|RECEIVED]->(t:ArmsTransfer)
       WITH DISTINCT p, t.supplierName AS s, t.recipientName AS r
       WHERE p.name IN ['Russia', 'German Democratic Republic', 'Republic of Vietnam', 'Viet Cong (South Vietnam)',
                        'unknown supplier(s)', 'NATO', 'Hezbollah (Lebanon)', 'Biafra', 'Serbia', 'Czechoslovakia']
       OPTIONAL MATCH (p)-[:LOCATED_IN]->(c:Country)
       RETURN DISTINCT p.id AS id, labels(p)[0] AS label, p.orgType AS orgType, collect(DISTINCT c.id) AS locatedIn
       ORDER BY id`,
    );
    expect(rows).toEqual([
      { id: 'country:CSK', label: 'Country', orgType: null, locatedIn: [] },
      { id: 'country:DDR', label: 'Country', orgType: null, locatedIn: [] },
      { id: 'country:RUS', label: 'Country', orgType: null, locatedIn: [] },
      { id: 'country:SRB', label: 'Country', orgType: null, locatedIn: [] },
      { id: 'country:cow-817', label: 'Country', orgType: null, locatedIn: [] },
      {
        id: 'organization:sipri:biafra',
        label: 'Organization',
        orgType: 'unrecognised state',
        locatedIn: ['country:NGA'],
      },
      {
        id: 'organization:sipri:hezbollah-lebanon',
        label: 'Organization',
        orgType: 'non-state armed group',
        locatedIn: ['country:LBN'],
      },
      {
        id: 'organization:sipri:nato',
        label: 'Organization',
        orgType: 'international organization',
        locatedIn: [],
      },
      {
        id: 'organization:sipri:unknown-supplier-s',
        label: 'Organization',
        orgType: 'unknown party',
        locatedIn: [],
      },
      {
        id: 'organization:sipri:viet-cong-south-vietnam',
        label: 'Organization',
        orgType: 'non-state armed group',
        locatedIn: ['country:cow-817'],
      },
    ]);
  });

  it('keeps two identical register rows as two transfers', async () => {
    const [row] = await query(
      `MATCH (t:ArmsTransfer) WITH t.sourceRow AS row, count(*) AS n WHERE n > 1 RETURN count(row) AS rows, collect(n) AS counts`,
    );
    expect(row).toEqual({ rows: 1, counts: [2] });
  });

  it('changes nothing when the same register is imported again', async () => {
    const counts = await graphCounts(db);
    const before = await aggregates();
    const summary = await importFile('trade-register-sample.csv', 5);
    expect(summary).toMatchObject({ read: 30, imported: 30, created: 0, rejectedTotal: 0 });
    expect(await graphCounts(db)).toEqual(counts);
    expect(await aggregates()).toEqual(before);
  });

  it('rejects what it cannot read, with file, line, field and reason, and writes the rest', async () => {
    const summary = await importFile('trade-register-malformed.csv');
    expect(summary).toMatchObject({ read: 9, imported: 3, rejectedTotal: 6 });
    const where = Object.fromEntries(
      Object.entries(summary.rejected).map(([reason, r]) => [
        reason,
        r.examples.map((e) => `${e.line} ${e.field}`),
      ]),
    );
    expect(where).toEqual({
      'broken record': ['14 '],
      'bad year': ['16 Year of order'],
      'unknown party': ['17 Recipient'],
      'bad flag': ['18 Year of order ?'],
      'bad number': ['19 Number ordered'],
      'wrong column count': ['20 '],
    });
    const [quoted] = await query(
      `MATCH (t:ArmsTransfer {weaponDesignation: 'Comma, Inc'}) RETURN t.comments AS comments`,
    );
    expect(quoted).toEqual({ comments: 'quoted, with a comma' });
  });
});

describe('arms transfers in the API', () => {
  beforeAll(async () => {
    await resetDatabase(db);
    await importFile();
  });

  it('shows the US–Japan transfers in the dyad, by year of order', async () => {
    const { data, errors } = await graphql<{ dyad: DyadAnswer }>(
      app,
      `
        {
          dyad(a: "USA", b: "JPN") {
            transferCount
            first {
              date
              precision
            }
            years {
              year
              transfers
              tivDelivered
            }
            transfers {
              name
              supplierName
              recipientName
              orderYear
              deliveryYears
              sourceLine
              evidence {
                sourceTitle
                quote
              }
            }
          }
        }
      `,
    );
    expect(errors).toBeUndefined();
    const dyad = data!.dyad;
    expect(dyad.transferCount).toBe(8);
    const years = (dyad.years as { year: number; transfers: number }[]).filter(
      (y) => y.transfers > 0,
    );
    expect(years.map((y) => [y.year, y.transfers])).toEqual([
      [1954, 1],
      [1958, 1],
      [1990, 1],
      [2006, 1],
      [2017, 1],
      [2020, 1],
      [2022, 1],
      [2024, 1],
    ]);
    expect(dyad.first).toEqual({ date: '1954', precision: 'YEAR' });
    const supplied = (dyad.transfers as { supplierName: string }[]).map((t) => t.supplierName);
    expect(supplied.filter((s) => s === 'Japan')).toHaveLength(2);
    expect(dyad.transfers[0]!.evidence[0]!.sourceTitle).toBe('SIPRI Arms Transfers Database');
    expect(dyad.transfers[0]!.evidence[0]!.quote).toMatch(/^(Japan|United States),/);
  });

  it('joins transfers to the country network as their own family, with counts and TIV', async () => {
    const { data } = await graphql<{ countryNetwork: { edges: Edge[] } }>(
      app,
      `
        {
          countryNetwork(options: { families: [ARMS_TRANSFERS], transferWeight: 2 }) {
            edges {
              source
              target
              weight
              properties
              evidence {
                sourceTitle
              }
            }
          }
        }
      `,
    );
    const edge = data!.countryNetwork.edges.find(
      (e) => e.source === 'country:JPN' && e.target === 'country:USA',
    )!;
    expect(edge).toBeDefined();
    expect(edge.weight).toBe(16);
    expect(edge.properties).toMatchObject({
      transfers: 8,
      transfersFromSource: 2,
      transfersFromTarget: 6,
      events: 0,
      agreements: 0,
      firstTransferDate: '1954',
      firstTransferPrecision: 'YEAR',
    });
    expect(edge.properties.tivDelivered).toBeGreaterThan(0);
    expect(edge.evidence[0]!.sourceTitle).toBe('SIPRI Arms Transfers Database');

    const byTiv = await graphql<{ countryNetwork: { edges: Edge[] } }>(
      app,
      `
        {
          countryNetwork(options: { families: [ARMS_TRANSFERS], transferWeight: 0, tivWeight: 1 }) {
            edges {
              source
              target
              weight
              properties
            }
          }
        }
      `,
    );
    const tivEdge = byTiv.data!.countryNetwork.edges.find(
      (e) => e.source === 'country:JPN' && e.target === 'country:USA',
    )!;
    expect(tivEdge.weight).toBeCloseTo(Number(tivEdge.properties.tivDelivered), 6);

    const without = await graphql<{ countryNetwork: { edges: Edge[] } }>(
      app,
      `
        {
          countryNetwork(options: { families: [EVENTS, AGREEMENTS] }) {
            edges {
              id
            }
          }
        }
      `,
    );
    expect(without.data!.countryNetwork.edges).toEqual([]);
  });

  it('counts transfers by year of order in dataSpan', async () => {
    const { data } = await graphql<{
      dataSpan: { undatedTransfers: number; years: { transfers: number }[] };
    }>(
      app,
      `
        {
          dataSpan {
            earliest {
              date
            }
            undatedTransfers
            years {
              year
              transfers
            }
          }
        }
      `,
    );
    const total = (data!.dataSpan.years as { transfers: number }[]).reduce(
      (s, y) => s + y.transfers,
      0,
    );
    expect(total).toBe(30);
    expect(data!.dataSpan.undatedTransfers).toBe(0);
  });

  it('carries SIPRI’s attribution line in every export format', async () => {
    for (const format of ['graphml', 'gexf', 'json', 'csv']) {
      const response = await app.fetch(
        `http://entente.test/export/${format}?view=countryNetwork&limit=50`,
      );
      expect(response.status).toBe(200);
      const bytes = new Uint8Array(await response.arrayBuffer());
      const text = format === 'csv' ? strFromU8(unzipSync(bytes)['README.txt']!) : strFromU8(bytes);
      expect(text, format).toContain('Source: SIPRI Arms Transfers Database');
    }
  });
});
