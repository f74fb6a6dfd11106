import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SeedValidationError } from '../../seed/article/index.ts';
import { isDatabaseEmpty, loadSeed, seedIfEmpty } from '../../seed/load-seed.ts';
import type { Database } from '../../db/connect.ts';
import { graphCounts, resetDatabase, useTestDatabase } from '../support/database.ts';
import { BROKEN_SEEDS, breakRecords, lineOf } from '../fixtures/seed/broken-records.ts';

const ARTICLE = readFileSync(new URL('../../seed/article/article.txt', import.meta.url), 'utf8');
const ARTICLE_SOURCE = 'source:article:iria-us-japan-defense-leaders-indo-pacific';

let db: Database;

async function query<T>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await db.driver.executeQuery(cypher, params, { database: db.database });
  return records.map((r) => r.toObject() as T);
}

/** The dyad aggregates with their sums, to compare before and after a rerun. */
const dyadMonths = () =>
  query<{ a: string; b: string; month: string; events: number; goldsteinSum: number }>(
    `MATCH (a:Country)-[r:DYAD_MONTH]->(b:Country)
     RETURN a.iso3 AS a, b.iso3 AS b, toString(r.month) AS month, r.events AS events,
            r.goldsteinSum AS goldsteinSum ORDER BY a, b, month`,
  );

beforeAll(async () => {
  db = await useTestDatabase();
  await resetDatabase(db);
});
afterAll(async () => {
  await db?.close();
});

describe('an invalid seed', () => {
  for (const broken of BROKEN_SEEDS) {
    it(`with ${broken.kind} is reported with its location and writes nothing`, async () => {
      const load = loadSeed(db, { recordsText: breakRecords(broken.find, broken.replace) });
      const error = await load.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SeedValidationError);
      expect((error as SeedValidationError).problems).toEqual([
        expect.objectContaining({ path: broken.path, line: lineOf(broken.find) }),
      ]);
      expect((error as Error).message).toContain(
        `seed/article/records.yaml:${lineOf(broken.find)}: ${broken.path}`,
      );
      expect(await graphCounts(db)).toEqual({});
    });
  }
});

describe('the seed', () => {
  it('loads into an empty database through seedIfEmpty, and not again once loaded', async () => {
    expect(await isDatabaseEmpty(db)).toBe(true);
    const report = await seedIfEmpty(db);
    expect(report?.nodesCreated).toBeGreaterThan(280);
    expect(report?.nodes).toMatchObject({ Country: 253, Person: 4, Event: 12, Agreement: 8 });
    expect(await isDatabaseEmpty(db)).toBe(false);
    expect(await seedIfEmpty(db)).toBeNull();
  });

  it('gives identical counts and aggregates when loaded again, creating nothing', async () => {
    const before = await graphCounts(db);
    const dyadsBefore = await dyadMonths();
    const report = await loadSeed(db);
    expect(report.nodesCreated).toBe(0);
    expect(report.relationshipsCreated).toBe(0);
    expect(await graphCounts(db)).toEqual(before);
    expect(await dyadMonths()).toEqual(dyadsBefore);
    expect(before).toMatchObject({
      'node:Country': 253,
      'node:Statement': 6,
      'rel:PARTICIPATED_IN': 28,
    });
  });

  it('connects USA–JPN and JPN–IND in the country network', async () => {
    const pairs = (await dyadMonths()).map((d) => `${d.a}-${d.b} ${d.month}`);
    expect(pairs).toEqual(expect.arrayContaining(['JPN-USA 2022-03-01', 'IND-JPN 2022-09-01']));
    // Their statement is undated: it counts in the pair's undated bucket (no month), not in a month.
    expect(pairs.some((p) => p.startsWith('CHN-RUS') && !p.endsWith(' null'))).toBe(false);
  });

  it('gives every node and relationship evidence, with article quotes for article facts', async () => {
    const rows = await query<{ what: string; sources: string[] | null; quotes: string[] | null }>(
      `MATCH (n) RETURN n.id AS what, n.evidenceSources AS sources, n.evidenceQuotes AS quotes
       UNION ALL
       MATCH (a)-[r]->(b) WHERE NOT type(r) IN ['DYAD_MONTH', 'DYAD_YEAR', 'DYAD_TOTAL', 'DYAD_AGREEMENTS']
       RETURN a.id + ' ' + type(r) + ' ' + b.id AS what, r.evidenceSources AS sources,
              r.evidenceQuotes AS quotes`,
    );
    expect(rows.length).toBeGreaterThan(350);
    for (const { what, sources, quotes } of rows) {
      expect(sources?.length, what).toBeGreaterThan(0);
      expect(quotes?.length, what).toBe(sources!.length);
      sources!.forEach((source, i) => {
        if (source === ARTICLE_SOURCE) {
          expect(quotes![i]!.length > 0 && ARTICLE.includes(quotes![i]!), what).toBe(true);
        }
      });
    }
  });

  it('stores dates as Neo4j dates with their precision, COW codes as integers, and search fields on every node', async () => {
    const [meeting] = await query<{ date: string; precision: string; labels: string[] }>(
      `MATCH (e:Event {id: 'meeting:2022-09-08-tokyo-jpn-ind'})
       RETURN toString(e.date) AS date, e.datePrecision AS precision, labels(e) AS labels`,
    );
    expect(meeting).toEqual({
      date: '2022-09-08',
      precision: 'DAY',
      labels: expect.arrayContaining(['Event', 'Meeting']),
    });
    const [japan] = await query<{ type: string }>(
      "MATCH (c:Country {iso3: 'JPN'}) RETURN valueType(c.cowCode) AS type",
    );
    expect(japan!.type).toBe('INTEGER NOT NULL');
    const [missing] = await query<{ n: number }>(
      'MATCH (n) WHERE n.name IS NULL OR n.aliasText IS NULL OR n.aliases IS NULL RETURN count(n) AS n',
    );
    expect(missing!.n).toBe(0);
  });
});
