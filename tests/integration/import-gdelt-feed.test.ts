// GDELT 2.0 by date range into the real test Neo4j, from a local stand-in for GDELT's server:
// the rows of the good exports land as the file importer would write them, faults leave the
// rest intact, the import mark on the GDELT 2.0 Source moves only past what is in the graph,
// and --update fetches what appeared since.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connect.ts';
import { importGdeltRange } from '../../seed/import/gdelt-feed/import-gdelt-range.ts';
import { importGdelt } from '../../seed/import/gdelt/import-gdelt.ts';
import { ImportReport, type ImportSummary } from '../../seed/import/report.ts';
import { graphCounts, resetDatabase, useTestDatabase } from '../support/database.ts';
import {
  faultyFeed,
  FIXTURE_STAMPS,
  startGdeltServer,
  type GdeltServer,
} from '../support/gdelt-server.ts';

let db: Database;
let server: GdeltServer;
let cacheDir: string;

async function fetchRange(
  range: { since?: string; until?: string } | 'update',
): Promise<{ code: number; summary: ImportSummary; fetch: Record<string, unknown> }> {
  const report = new ImportReport('GDELT', false);
  const code = await importGdeltRange({
    range,
    baseUrl: server.baseUrl,
    cacheDir,
    concurrency: 3,
    timeoutMs: 3000,
    retries: 0,
    retryDelayMs: 10,
    filter: { cameoRoots: undefined, statesOnly: false },
    batchSize: 7, // batches that straddle exports
    db,
    report,
    progress: { enabled: false },
  });
  const summary = report.summary();
  return { code, summary, fetch: summary.sections!.fetch as Record<string, unknown> };
}

async function query(cypher: string) {
  const { records } = await db.driver.executeQuery(cypher, {}, { database: db.database });
  return records.map((r) => r.toObject());
}

const mark = async () =>
  (await query(`MATCH (s:Source {id: 'source:dataset:gdelt-2'}) RETURN s.importedThrough AS m`))[0]!
    .m as string | null;

const DAY = { since: '2016-07-28', until: '2016-07-28' };

beforeAll(async () => {
  db = await useTestDatabase();
  await resetDatabase(db);
  server = await startGdeltServer();
  cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-gdelt-feed-'));
});
afterAll(async () => {
  await server.close();
  fs.rmSync(cacheDir, { recursive: true, force: true });
  await db.close();
});

describe('GDELT 2.0 fetched by date range', () => {
  it('imports the good exports of the range and moves the mark up to the first fault', async () => {
    const { exports, extraLines } = faultyFeed();
    server.publish(exports, extraLines);
    const { code, summary, fetch } = await fetchRange(DAY);
    expect(code).toBe(3);
    expect(summary).toMatchObject({ read: 40, imported: 40, created: 40, rejectedTotal: 0 });
    expect(fetch).toMatchObject({ exportsImported: 8, exportsFailed: 6, markBefore: null });
    const [row] = await query(
      `MATCH (e:Event {dataset: 'GDELT 2.0'}) RETURN count(e) AS events, count(DISTINCT e.globalEventId) AS ids`,
    );
    expect(row).toEqual({ events: 40, ids: 40 });
    // 8 exports in, then a wrong MD5: the mark stops at the last export before it.
    expect(await mark()).toBe(FIXTURE_STAMPS[7]);
    expect(fetch.markAfter).toBe(FIXTURE_STAMPS[7]);
  });

  it('writes what importing the same exports as files writes', async () => {
    const [event] = await query(
      `MATCH (e:Event {id: 'event:gdelt:564111684'})<-[p:PARTICIPATED_IN]-(c:Country)
       RETURN e.dataset AS dataset, e.cameoCode AS code, collect(c.iso3 + ':' + p.role) AS parties`,
    );
    expect(event).toMatchObject({ dataset: 'GDELT 2.0', code: '172' });
    expect([...(event!.parties as string[])].sort()).toEqual(['CAN:SOURCE', 'USA:TARGET']);
    const before = await graphCounts(db);
    const report = new ImportReport('GDELT', false);
    const files = FIXTURE_STAMPS.slice(0, 8).map(
      (s) => new URL(`../fixtures/gdelt-feed/${s}.export.CSV`, import.meta.url).pathname,
    );
    await importGdelt({
      inputs: files,
      filter: { cameoRoots: undefined, statesOnly: false },
      batchSize: 50,
      db,
      report,
      progress: { enabled: false },
    });
    expect(report.summary()).toMatchObject({ imported: 40, created: 0 });
    expect(await graphCounts(db)).toEqual(before);
  });

  it('a rerun of the range downloads only what failed and changes nothing it had written', async () => {
    const before = await graphCounts(db);
    server.requests.clear();
    const { code, summary, fetch } = await fetchRange(DAY);
    expect(code).toBe(3);
    expect(summary).toMatchObject({ imported: 40, created: 0 });
    expect(fetch).toMatchObject({ cached: 8, downloaded: 0 });
    expect(server.requests.get(`/${FIXTURE_STAMPS[0]}.export.CSV.zip`)).toBeUndefined();
    expect(server.requests.get(`/${FIXTURE_STAMPS[8]}.export.CSV.zip`)).toBe(1);
    expect(await graphCounts(db)).toEqual(before);
  });

  it('--update fetches from the mark: the repaired exports and the new ones', async () => {
    // GDELT repaired its files and published two more exports since.
    const stamps = [...FIXTURE_STAMPS, '20160728031500', '20160728033000'];
    server.publish(
      stamps.map((stamp, i) => ({
        stamp,
        behaviour: 'ok',
        rowsOf: i < FIXTURE_STAMPS.length ? stamp : FIXTURE_STAMPS[i - FIXTURE_STAMPS.length],
      })),
    );
    const { code, summary, fetch } = await fetchRange('update');
    expect(code).toBe(0);
    // From 20160728020000 on: 5 repaired exports (25 new rows), and two whose rows (the first
    // two exports', republished) are already in the graph.
    expect(fetch).toMatchObject({
      exportsInRange: 7,
      exportsImported: 7,
      markBefore: FIXTURE_STAMPS[7],
      markAfter: '20160728033000',
    });
    expect(summary).toMatchObject({ read: 35, imported: 35, created: 25 });
    expect(await mark()).toBe('20160728033000');
    const [row] = await query(`MATCH (e:Event {dataset: 'GDELT 2.0'}) RETURN count(e) AS events`);
    expect(row!.events).toBe(65);
  });

  it('--update with nothing new fetches nothing and keeps the mark', async () => {
    const before = await graphCounts(db);
    const { code, fetch } = await fetchRange('update');
    expect(code).toBe(0);
    expect(fetch).toMatchObject({ exportsInRange: 0, markAfter: '20160728033000' });
    expect(await graphCounts(db)).toEqual(before);
  });

  it('an older range imports its exports but leaves the mark where it is', async () => {
    const { summary, fetch } = await fetchRange({
      since: '2016-07-28T00:00',
      until: '2016-07-28T00:20',
    });
    expect(fetch).toMatchObject({ exportsInRange: 2, markAfter: '20160728033000' });
    expect(summary.created).toBe(0);
  });
});
