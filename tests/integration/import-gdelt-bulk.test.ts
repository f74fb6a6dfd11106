// The bulk path (neo4j-admin database import into an empty managed Neo4j) against the
// incremental path (batched MERGE into the test Neo4j) on the same real rows: the same nodes,
// relationships and properties, dyad aggregates included; the same rejections with file and
// line; and a clear refusal of a database that is not empty.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../../db/config.ts';
import { openDatabase, type Database } from '../../db/connect.ts';
import { importGdeltBulk } from '../../seed/import/bulk/import-gdelt-bulk.ts';
import { importGdelt } from '../../seed/import/gdelt/import-gdelt.ts';
import { ImportReport, type ImportSummary } from '../../seed/import/report.ts';
import { resetDatabase, useTestDatabase } from '../support/database.ts';
import { testPort } from '../support/ports.ts';

const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).pathname;
// Real rows of both GDELT versions, ids repeated across files (the first row wins), regional
// actors, rows without places, and malformed rows to reject.
const INPUTS = [
  fixture('gdelt/gdelt-1-sample.tsv'),
  fixture('gdelt-feed'),
  fixture('gdelt/gdelt-2-rows.tsv'),
  fixture('gdelt/malformed.tsv'),
];
const FILTER = { cameoRoots: undefined, statesOnly: false };

let dataDir: string;
let config: Config;
let testDb: Database;

interface Dump {
  nodes: unknown[];
  relationships: unknown[];
  samples: { key: string; events: number; sample: string[] }[];
}

const plain = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object' && 'year' in value && 'month' in value)
    return String(value);
  // Two stores list a node's properties in different orders.
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => [k, plain(v)]),
    );
  if (typeof value === 'number' && !Number.isInteger(value)) return Number(value.toFixed(9));
  return value;
};

/** Every node and relationship with its properties, in a canonical order and form. */
async function dump(db: Database): Promise<Dump> {
  const run = async (cypher: string) =>
    (await db.driver.executeQuery(cypher, {}, { database: db.database })).records.map((r) =>
      r.toObject(),
    );
  const nodes = (
    await run(
      'MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id',
    )
  ).map(({ id, labels, props }) => {
    const { importBatch, ...rest } = props as Record<string, unknown>;
    // The batch id differs between any two runs; that it is there is what matters.
    const kept = {
      ...rest,
      ...(importBatch === undefined ? {} : { importBatch: typeof importBatch }),
    };
    return { id, labels: [...(labels as string[])].sort(), props: plain(kept) };
  });
  const samples: Dump['samples'] = [];
  const relationships = (
    await run(
      'MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS a, b.id AS b, properties(r) AS props',
    )
  )
    .map(({ type, a, b, props }) => {
      const p = { ...(props as Record<string, unknown>) };
      if ((type as string).startsWith('DYAD_')) {
        // The incremental path orders cells and picks sample events as its batches fall; the
        // cells are compared as a map, the samples checked apart (samplesHold).
        const cells = p.cells as string[];
        p.cells = Object.fromEntries(
          cells
            .map((c, i) => [
              c,
              [(p.cellEvents as number[])[i], plain((p.cellGoldstein as number[])[i])],
            ])
            .sort(),
        );
        samples.push({
          key: p.key as string,
          events: p.events as number,
          sample: p.sampleEvents as string[],
        });
        delete p.cellEvents;
        delete p.cellGoldstein;
        delete p.sampleEvents;
      }
      return JSON.stringify(
        plain({ type, a, b, props: Object.fromEntries(Object.entries(p).sort()) }),
      );
    })
    .sort();
  return { nodes: nodes.map((n) => JSON.stringify(n)), relationships, samples };
}

/** Each bucket's sample (month, year or all time): up to five of its own events, as many as it has up to five. */
async function samplesHold(db: Database, samples: Dump['samples']): Promise<void> {
  for (const { key, events, sample } of samples) {
    expect(sample).toHaveLength(Math.min(5, events));
    const [a, b, month] = key.split('|');
    const { records } = await db.driver.executeQuery(
      `UNWIND $ids AS id MATCH (:Country {iso3: $a})-[:PARTICIPATED_IN]->(e:Event {id: id})<-[:PARTICIPATED_IN]-(:Country {iso3: $b})
       WHERE $month = 'dated' OR toString(date.truncate('month', e.date)) = $month OR toString(e.date.year) = $month
       RETURN count(DISTINCT e) AS n`,
      { ids: sample, a, b, month },
      { database: db.database },
    );
    expect(records[0]!.get('n')).toBe(sample.length);
  }
}

async function bulk(): Promise<ImportSummary> {
  const report = new ImportReport('GDELT', false);
  await importGdeltBulk({
    inputs: INPUTS,
    filter: FILTER,
    batchSize: 7,
    report,
    config,
    progress: { enabled: false },
    log: () => {},
  });
  return report.summary();
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-bulk-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ENTENTE_DATA_DIR: dataDir,
    ENTENTE_NEO4J_PORT: String(testPort(3000)),
  };
  delete env.NEO4J_URI;
  config = loadConfig(env);
  config.managed.heap = '1g';
  config.managed.pageCacheMb = 256;
  config.managed.startTimeoutMs = 600_000; // a shared, busy machine
  testDb = await useTestDatabase();
  await resetDatabase(testDb);
});
afterAll(async () => {
  await testDb.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('GDELT bulk import', () => {
  let bulkSummary: ImportSummary;
  let incrementalSummary: ImportSummary;

  it('writes exactly the graph the incremental import writes, dyad aggregates included', async () => {
    bulkSummary = await bulk();
    const report = new ImportReport('GDELT', false);
    await importGdelt({
      inputs: INPUTS,
      filter: FILTER,
      batchSize: 5,
      db: testDb,
      report,
      progress: { enabled: false },
    });
    incrementalSummary = report.summary();
    const db = await openDatabase({ config, log: () => {} });
    try {
      const [bulkGraph, incrementalGraph] = [await dump(db), await dump(testDb)];
      expect(bulkGraph.nodes.length).toBeGreaterThan(100);
      expect(
        bulkGraph.relationships.filter((r) => (r as string).includes('"DYAD_MONTH"')).length,
      ).toBeGreaterThan(10);
      expect(bulkGraph.nodes).toEqual(incrementalGraph.nodes);
      expect(bulkGraph.relationships).toEqual(incrementalGraph.relationships);
      await samplesHold(db, bulkGraph.samples);
      await samplesHold(testDb, incrementalGraph.samples);
    } finally {
      await db.close();
    }
  }, 600_000);

  it('accounts for every row as the incremental import does: rejections with file and line', () => {
    const same = (s: ImportSummary) => ({ ...s, elapsedMs: 0, notes: [] });
    expect(same(bulkSummary)).toEqual(same(incrementalSummary));
    expect(incrementalSummary.notes).toEqual([]);
    expect(bulkSummary.notes.join('')).toMatch(/^bulk: \d+ dyad-months; rows to CSV/);
    expect(bulkSummary.rejected['bad date']!.examples[0]).toMatchObject({
      file: INPUTS[3],
      line: 3,
      field: 'SQLDATE',
    });
  });

  it('refuses a database that is not empty, and NEO4J_URI', async () => {
    await expect(bulk()).rejects.toThrow(
      /--bulk loads an empty database only, and this one holds \d+ nodes/,
    );
    const remote = loadConfig({ ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1' });
    const report = new ImportReport('GDELT', false);
    await expect(
      importGdeltBulk({
        inputs: INPUTS,
        filter: FILTER,
        batchSize: 7,
        report,
        config: remote,
        log: () => {},
      }),
    ).rejects.toThrow('--bulk loads the managed Neo4j’s own store; with NEO4J_URI');
  }, 300_000);
});
