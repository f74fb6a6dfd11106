// `npm run import -- gdelt <files> --bulk`: GDELT exports into an EMPTY managed database through
// Neo4j's own bulk loader instead of transactions (measured in BENCHMARKS.md, "Import"). The rows
// go through the very same read and validate stages as the incremental import (every rejection
// with its file and line) and the same row mapping (gdelt/graph-rows.ts); instead of batched
// MERGE statements they become CSV files of nodes and relationships, with the dyad aggregates
// computed in Node (dyad-buckets.ts), which `neo4j-admin database import full` turns into a new
// store. The server is then started, the schema applied (constraints and indexes are built from
// the imported nodes) and the values CSV cannot express set (csv-columns.ts).
//
// It refuses, before writing anything, a database that is not empty (a bulk load replaces the
// store), NEO4J_URI (another server's files are not ours to rewrite) and a managed Neo4j that
// another command runs (its store would change under it).
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Config } from '../../../db/config.ts';
import { openDatabase } from '../../../db/connect.ts';
import { adminImportFull, managedStoreExists } from '../../../db/managed/admin-import.ts';
import { readRunningServer, tryLockStart, unlockStart } from '../../../db/managed/server-files.ts';
import { applySchema } from '../../../schema/constraints.ts';
import { DYAD_MONTH, DYAD_TOTAL, DYAD_YEAR, EVENT_LABELS } from '../../../schema/model.ts';
import { GDELT_1_SOURCE, GDELT_2_SOURCE, datasetSourceRows } from '../dataset-sources.ts';
import { gdeltFormat, locatedEvents } from '../gdelt/import-gdelt.ts';
import { toGraphRows } from '../gdelt/graph-rows.ts';
import type { GdeltFilter } from '../gdelt/filters.ts';
import type { GdeltEvent } from '../gdelt/parse-row.ts';
import { ImportInputError } from '../import-error.ts';
import { resolveInputs } from '../input/input-files.ts';
import { importLines } from '../pipeline/import-lines.ts';
import { LocatedRowSink, type Located } from '../pipeline/located-sink.ts';
import { WritePipeline } from '../pipeline/write-pipeline.ts';
import { startProgress, type ProgressOptions } from '../progress.ts';
import type { ImportReport } from '../report.ts';
import { ARRAY_DELIMITER, cell } from './csv-columns.ts';
import { CsvGroup } from './csv-group.ts';
import { DyadBuckets } from './dyad-buckets.ts';
import { COLUMNS } from './gdelt-columns.ts';

export interface GdeltBulkOptions {
  inputs: readonly string[];
  filter: GdeltFilter;
  batchSize: number;
  report: ImportReport;
  config: Config;
  progress?: Pick<ProgressOptions, 'enabled' | 'intervalMs' | 'stream'>;
  log?: (line: string) => void;
}

const id = (value: string) => cell(value, 'string', 'id')!;

async function refuseUnlessEmpty(config: Config, log: (line: string) => void): Promise<void> {
  if (config.neo4j.uri)
    throw new ImportInputError(
      '--bulk loads the managed Neo4j’s own store; with NEO4J_URI, import without --bulk (or run neo4j-admin database import on that server)',
    );
  const { dataDir } = config.managed;
  const running = readRunningServer(dataDir);
  if (running)
    throw new ImportInputError(
      `--bulk rewrites the store of the managed Neo4j that is running for ${dataDir} (java pid ${running.pid}, started by pid ${running.ownerPid}); stop it (Ctrl-C in npm start) and run again, or import without --bulk`,
    );
  if (!managedStoreExists(dataDir)) return;
  const db = await openDatabase({ config, log });
  try {
    const { records } = await db.driver.executeQuery('MATCH (n) RETURN count(n) AS nodes');
    const nodes = records[0]!.get('nodes') as number;
    if (nodes > 0)
      throw new ImportInputError(
        `--bulk loads an empty database only, and this one holds ${nodes} nodes (${dataDir}); import without --bulk to add to it`,
      );
  } finally {
    await db.close();
  }
}

export async function importGdeltBulk(options: GdeltBulkOptions): Promise<void> {
  const { report, config } = options;
  const log = options.log ?? ((line: string) => console.error(line));
  const texts = await resolveInputs(options.inputs);
  await refuseUnlessEmpty(config, log);
  const { dataDir } = config.managed;
  if (!tryLockStart(dataDir))
    throw new ImportInputError(
      `another command is starting the managed Neo4j for ${dataDir}; run again when it is done`,
    );
  const folder = path.join(dataDir, `bulk-${process.pid}-${randomBytes(3).toString('hex')}`);
  fs.mkdirSync(folder, { recursive: true });
  const timings: string[] = [];
  const time = async <T>(what: string, step: () => Promise<T>): Promise<T> => {
    const started = Date.now();
    const result = await step();
    timings.push(`${what} ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return result;
  };
  const opened: CsvGroup[] = [];
  try {
    const groups = {
      Country: new CsvGroup(folder, 'country', ['id:ID'], COLUMNS.Country),
      Source: new CsvGroup(folder, 'source', ['id:ID'], COLUMNS.Source),
      Place: new CsvGroup(folder, 'place', ['id:ID'], COLUMNS.Place),
      Event: new CsvGroup(folder, 'event', ['id:ID', ':LABEL'], COLUMNS.Event),
      PARTICIPATED_IN: new CsvGroup(
        folder,
        'participated-in',
        [':START_ID', ':END_ID'],
        COLUMNS.PARTICIPATED_IN,
      ),
      HELD_AT: new CsvGroup(folder, 'held-at', [':START_ID', ':END_ID'], COLUMNS.HELD_AT),
      DYAD_MONTH: new CsvGroup(folder, 'dyad-month', [':START_ID', ':END_ID'], COLUMNS.DYAD_MONTH),
      DYAD_YEAR: new CsvGroup(folder, 'dyad-year', [':START_ID', ':END_ID'], COLUMNS.DYAD_YEAR),
      DYAD_TOTAL: new CsvGroup(folder, 'dyad-total', [':START_ID', ':END_ID'], COLUMNS.DYAD_TOTAL),
    };
    opened.push(...Object.values(groups));
    const seen = new Set<string>();
    const iso3Ids = new Map<string, string>();
    const grains = {
      DYAD_MONTH: new DyadBuckets('month'),
      DYAD_YEAR: new DyadBuckets('year'),
      DYAD_TOTAL: new DyadBuckets('total'),
    };
    const dyads = grains.DYAD_MONTH;
    const batch = `gdelt:bulk-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
    for (const source of datasetSourceRows([GDELT_1_SOURCE, GDELT_2_SOURCE])) {
      seen.add(source.id);
      groups.Source.add([id(source.id)], source.props, source.id);
    }

    const writeCsv = async (items: Located<GdeltEvent>[]) => {
      const rows = locatedEvents(items);
      const graph = toGraphRows(rows);
      let created = 0;
      for (const [group, list] of [
        [groups.Country, graph.countries],
        [groups.Source, graph.sources],
        [groups.Place, graph.places],
      ] as const) {
        for (const node of list) {
          if (seen.has(node.id)) continue;
          seen.add(node.id);
          group.add([id(node.id)], node.props, node.id);
          if (group === groups.Country) iso3Ids.set(node.props.iso3 as string, node.id);
        }
      }
      for (const [kind, events] of graph.eventsByKind) {
        const labels = cell(['Event', EVENT_LABELS[kind]], 'string[]', 'labels')!;
        for (const event of events) {
          if (seen.has(event.id)) continue; // imported before: MERGE would keep the first
          seen.add(event.id);
          created += 1;
          const p = event.props;
          groups.Event.add([id(event.id), labels], { ...p, importBatch: batch }, event.id);
          const evidence = { evidenceSources: p.evidenceSources, evidenceQuotes: p.evidenceQuotes };
          for (const c of event.countries)
            groups.PARTICIPATED_IN.add(
              [id(c.id), id(event.id)],
              { role: c.role, ...evidence },
              event.id,
            );
          if (event.place) groups.HELD_AT.add([id(event.id), id(event.place)], evidence, event.id);
          const dyadEvent = {
            id: event.id,
            kind: EVENT_LABELS[kind],
            cameoRoot: p.cameoRoot as string,
            quadClass: Number(p.quadClass),
            goldstein: p.goldstein as number,
            date: String(p.date),
            iso3: event.countries.map((c) => c.id.slice('country:'.length)),
          };
          for (const buckets of Object.values(grains)) buckets.add(dyadEvent);
        }
      }
      for (const group of Object.values(groups)) await group.flush();
      return { written: rows.length, created };
    };

    const sink = new LocatedRowSink(
      report,
      new WritePipeline<Located<GdeltEvent>>(writeCsv, options.batchSize),
    );
    const progress = startProgress({
      label: 'gdelt --bulk',
      totalBytes: undefined,
      ...options.progress,
    });
    try {
      await time('rows to CSV', async () => {
        await importLines(texts, gdeltFormat(options.filter), sink, progress);
        await sink.finish();
      });
    } finally {
      progress.stop();
      sink.settle();
    }
    for (const [type, buckets] of Object.entries(grains)) {
      const group = groups[type as keyof typeof grains];
      for (const row of buckets.rows((iso3) => iso3Ids.get(iso3) ?? `country:${iso3}`))
        group.add([id(row.from), id(row.to)], row.props, String(row.props.key));
    }
    for (const group of Object.values(groups)) await group.close();

    const nodeArgs = (label: string, g: CsvGroup) =>
      `--nodes=${label === 'Event' ? '' : `${label}=`}${g.files.header},${g.files.data}`;
    const relArgs = (type: string, g: CsvGroup) =>
      `--relationships=${type}=${g.files.header},${g.files.data}`;
    await time('neo4j-admin import', () =>
      adminImportFull(
        { dataDir, cacheDir: config.managed.cacheDir, heap: config.managed.heap, log },
        [
          nodeArgs('Country', groups.Country),
          nodeArgs('Source', groups.Source),
          nodeArgs('Place', groups.Place),
          nodeArgs('Event', groups.Event),
          relArgs('PARTICIPATED_IN', groups.PARTICIPATED_IN),
          relArgs('HELD_AT', groups.HELD_AT),
          relArgs(DYAD_MONTH, groups.DYAD_MONTH),
          relArgs(DYAD_YEAR, groups.DYAD_YEAR),
          relArgs(DYAD_TOTAL, groups.DYAD_TOTAL),
          '--id-type=string',
          `--array-delimiter=${ARRAY_DELIMITER}`,
          '--bad-tolerance=0',
          '--skip-bad-relationships=false',
          '--skip-duplicate-nodes=false',
          '--multiline-fields=false',
          // Quoted strings stay as they are; list elements are trimmed (csv-columns.ts).
          '--trim-strings=true',
        ],
      ),
    );
    unlockStart(dataDir);
    const db = await openDatabase({ config, log });
    try {
      const { driver, database } = db;
      await time('schema and indexes', () =>
        applySchema((cypher) => driver.executeQuery(cypher, {}, { database })),
      );
      await time('fix-ups', () => applyFixups(db, groups));
    } finally {
      await db.close();
    }
    report.note(
      `bulk: ${dyads.size} dyad-months; ${timings.join(', ')} (neo4j-admin database import full on an empty store)`,
    );
  } finally {
    unlockStart(dataDir);
    for (const group of opened) await group.destroy();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/** Sets, label by label, the values the CSV could not hold; one pass over each label or type. */
async function applyFixups(
  db: Awaited<ReturnType<typeof openDatabase>>,
  groups: Record<string, CsvGroup>,
): Promise<void> {
  for (const [name, group] of Object.entries(groups)) {
    const { all, nodes } = group.fixups();
    const relationship = /^[A-Z_]+$/.test(name);
    // Names are the allowlisted group keys above; values are parameters.
    const session = db.driver.session({ database: db.database });
    try {
      if (Object.keys(all).length > 0)
        await session.run(
          `${relationship ? `MATCH ()-[n:${name}]->()` : `MATCH (n:${name})`}
           CALL (n) { SET n += $set } IN 2 CONCURRENT TRANSACTIONS OF 20000 ROWS`,
          { set: all },
        );
      if (nodes.length > 0)
        await session.run(
          `UNWIND $nodes AS row MATCH (n:${name} {id: row.id})
           CALL (n, row) { SET n += row.props } IN TRANSACTIONS OF 20000 ROWS`,
          { nodes },
        );
    } finally {
      await session.close();
    }
  }
}
