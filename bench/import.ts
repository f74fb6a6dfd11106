// npm run bench:import [-- --rows 1000000 --batch-size 5000 --no-floor --no-bulk --no-incremental --no-splitters]
//
// Imports a deterministic synthetic GDELT 2.0 export (61 columns) through the real importer
// (`npm run import`, a child process, so its peak RSS is its own): first with --bulk into an
// empty managed Neo4j (neo4j-admin database import), then incrementally into another, then
// writes the same rows' nodes and relationships with bare UNWIND ... MERGE statements through
// the driver (the floor: parameters built beforehand, no parsing, validation, batching
// pipeline or dyad aggregates), and prints both rates and their ratio.
//
// It never touches a user's data: NEO4J_URI is ignored and each run gets fresh managed Neo4j
// servers on throw-away data folders (ENTENTE_DATA_DIR), removed at the end.
import { spawn } from 'node:child_process';
import {
  createReadStream,
  createWriteStream,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command, Option } from 'commander';
import { parse } from 'csv-parse';
import { applySchema } from '../schema/constraints.ts';
import { EVENT_LABELS } from '../schema/model.ts';
import { openDatabase, type Database } from '../db/connect.ts';
import { MERGE_COUNTRIES, mergeNewNodesCypher } from '../db/write/dataset-rows.ts';
import { readLineChunks } from '../seed/import/input/line-reader.ts';
import {
  gdeltEventBatch,
  parseGdeltRow,
  syntheticGdelt2Row,
  type GdeltEvent,
} from '../seed/import/gdelt/index.ts';

const options = new Command('bench:import')
  .addOption(new Option('--rows <n>', 'synthetic rows').argParser(Number).default(1_000_000))
  .addOption(new Option('--batch-size <n>', 'rows per transaction').argParser(Number).default(5000))
  .option('--no-floor', 'skip the bare UNWIND MERGE floor')
  .option('--no-bulk', 'skip the bulk import (--bulk, neo4j-admin)')
  .option('--no-incremental', 'skip the incremental import')
  .option('--no-splitters', 'skip the line splitter / csv-parse comparison')
  .parse()
  .opts<{
    rows: number;
    batchSize: number;
    floor: boolean;
    bulk: boolean;
    incremental: boolean;
    splitters: boolean;
  }>();

const ROOT = path.resolve(import.meta.dirname, '..');
const work = mkdtempSync(path.join(os.tmpdir(), 'entente-bench-import-'));
const file = path.join(work, 'synthetic.export.CSV');
for (const name of ['NEO4J_URI', 'NEO4J_USERNAME', 'NEO4J_PASSWORD', 'NEO4J_DATABASE'])
  delete process.env[name];
// A loaded machine starts Neo4j slowly; the importers' own servers wait this long.
process.env.ENTENTE_NEO4J_START_TIMEOUT ??= '600';
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

async function generate(): Promise<void> {
  const started = Date.now();
  const out = createWriteStream(file);
  for (let start = 0; start < options.rows; start += 10_000) {
    const end = Math.min(start + 10_000, options.rows);
    const text =
      Array.from({ length: end - start }, (_, i) => syntheticGdelt2Row(start + i)).join('\n') +
      '\n';
    if (!out.write(text)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
  console.log(
    `generated ${options.rows} rows in ${((Date.now() - started) / 1000).toFixed(1)} s: ${file}`,
  );
}

/**
 * Reading the file, splitting rows into fields, nothing else: the importer's line splitter
 * against csv-parse configured for GDELT (tab, no quoting), to justify the splitter.
 */
async function compareSplitters(): Promise<void> {
  const time = async (name: string, count: () => Promise<number>) => {
    const started = Date.now();
    const rows = await count();
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `  ${name}: ${rows} rows in ${seconds.toFixed(1)} s, ${(rows / seconds).toFixed(0)} rows/s`,
    );
  };
  console.log('splitting rows into fields:');
  await time('line splitter (readLineChunks + split)', async () => {
    let rows = 0;
    for await (const chunk of readLineChunks(createReadStream(file, { highWaterMark: 1 << 20 }))) {
      for (const line of chunk.lines) if (line && line.split('\t').length > 0) rows += 1;
    }
    return rows;
  });
  await time('csv-parse (delimiter tab, quote off)', async () => {
    let rows = 0;
    const parser = createReadStream(file).pipe(
      parse({ delimiter: '\t', quote: false, relax_column_count: true }),
    );
    for await (const record of parser) if ((record as string[]).length > 0) rows += 1;
    return rows;
  });
}

/** A fresh managed Neo4j on its own data folder, with the schema applied. */
async function freshDatabase(name: string): Promise<Database> {
  process.env.ENTENTE_DATA_DIR = path.join(work, name);
  const db = await openDatabase({ log: () => {} });
  await applySchema((cypher) => db.driver.executeQuery(cypher, {}, { database: db.database }));
  return db;
}

/** VmRSS of a process from /proc, sampled; peak = the highest VmHWM seen. */
function rssOf(pid: number): { rss: number; hwm: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (key: string) =>
      Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) * 1024;
    return { rss: kib('VmRSS'), hwm: kib('VmHWM') };
  } catch {
    return undefined;
  }
}

/** The process's descendants (neo4j-admin, the managed Neo4j a bulk import starts). */
function descendants(pid: number): number[] {
  let children: number[] = [];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`))
      children = children.concat(
        readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8')
          .split(' ')
          .filter(Boolean)
          .map(Number),
      );
  } catch {
    return [];
  }
  return children.flatMap((child) => [child, ...descendants(child)]);
}

interface ImporterRun {
  seconds: number;
  peak: number;
  /** Highest RSS of the importer's descendants (java) seen at once. */
  childPeak: number;
  samples: number[];
}

async function runImporter(extra: string[] = []): Promise<ImporterRun> {
  const started = Date.now();
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(ROOT, 'seed/import/cli.ts'),
      'gdelt',
      file,
      '--cameo-roots',
      'all',
      '--batch-size',
      String(options.batchSize),
      '--json',
      // Plain progress lines on stderr (not a terminal here), one a minute.
      '--progress-interval',
      '60000',
      ...extra,
    ],
    { cwd: ROOT, env: process.env, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let stdout = '';
  child.stdout.on('data', (data) => (stdout += data));
  const samples: number[] = [];
  let peak = 0;
  let childPeak = 0;
  const timer = setInterval(() => {
    const memory = rssOf(child.pid!);
    if (!memory) return;
    samples.push(memory.rss);
    peak = Math.max(peak, memory.hwm);
    const others = descendants(child.pid!).reduce((sum, pid) => sum + (rssOf(pid)?.rss ?? 0), 0);
    childPeak = Math.max(childPeak, others);
  }, 500);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearInterval(timer);
  if (code !== 0) throw new Error(`the importer exited with ${code}: ${stdout}`);
  const summary = JSON.parse(stdout) as { imported: number; elapsedMs: number };
  if (summary.imported !== options.rows)
    throw new Error(`imported ${summary.imported} of ${options.rows} rows`);
  return { seconds: (Date.now() - started) / 1000, peak, childPeak, samples };
}

/** The same nodes and relationships, bare UNWIND ... MERGE, one transaction per batch. */
async function runFloor(
  db: Database,
): Promise<{ seconds: number; buildSeconds: number; peak: number }> {
  let writeMs = 0;
  let buildMs = 0;
  let peak = 0;
  for (let start = 0; start < options.rows; start += options.batchSize) {
    const built = Date.now();
    const events: GdeltEvent[] = [];
    for (let i = start; i < Math.min(start + options.batchSize, options.rows); i++) {
      const parsed = parseGdeltRow(syntheticGdelt2Row(i));
      if ('event' in parsed) events.push(parsed.event);
    }
    const rows = gdeltEventBatch(events);
    const all = [...rows.eventsByKind.entries()];
    const participations = all.flatMap(([, list]) =>
      list.flatMap((e) => e.countries.map((c) => ({ event: e.id, ...c }))),
    );
    const heldAt = all.flatMap(([, list]) =>
      list.filter((e) => e.place).map((e) => ({ event: e.id, place: e.place })),
    );
    buildMs += Date.now() - built;
    const written = Date.now();
    const session = db.driver.session({ database: db.database });
    await session.executeWrite(async (tx) => {
      await tx.run(MERGE_COUNTRIES, { rows: rows.countries });
      await tx.run(mergeNewNodesCypher('Source'), { rows: rows.sources });
      await tx.run(mergeNewNodesCypher('Place'), { rows: rows.places });
      for (const [kind, events] of all) {
        await tx.run(
          `UNWIND $events AS row MERGE (e:Event {id: row.id}) SET e:${EVENT_LABELS[kind]}, e += row.props`,
          { events },
        );
      }
      await tx.run(
        `UNWIND $rows AS row MATCH (c:Country {id: row.id}) MATCH (e:Event {id: row.event})
         MERGE (c)-[r:PARTICIPATED_IN {role: row.role}]->(e) SET r.evidenceQuotes = ['']`,
        { rows: participations },
      );
      await tx.run(
        `UNWIND $rows AS row MATCH (e:Event {id: row.event}) MATCH (p:Place {id: row.place})
         MERGE (e)-[r:HELD_AT]->(p) SET r.evidenceQuotes = ['']`,
        { rows: heldAt },
      );
    });
    await session.close();
    writeMs += Date.now() - written;
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  return { seconds: writeMs / 1000, buildSeconds: buildMs / 1000, peak };
}

try {
  console.log(
    `bench:import: ${options.rows} rows, batch ${options.batchSize}, ${os.cpus().length} cores, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  await generate();
  if (options.splitters) await compareSplitters();
  const quarters = (run: ImporterRun) =>
    [1, 2, 3, 4]
      .map((q) =>
        mib(
          run.samples[Math.min(run.samples.length - 1, Math.floor((run.samples.length * q) / 4))] ??
            0,
        ),
      )
      .join(', ');
  const load = () => os.loadavg()[0]!.toFixed(1);
  const rates: Record<string, number> = {};
  if (options.bulk) {
    // An empty data folder: the importer finds no store, bulk-loads one and starts Neo4j on it.
    process.env.ENTENTE_DATA_DIR = path.join(work, 'neo4j-bulk');
    const before = load();
    const bulk = await runImporter(['--bulk']);
    rates.bulk = options.rows / bulk.seconds;
    console.log(
      `bulk importer (--bulk, empty database): ${bulk.seconds.toFixed(1)} s, ${rates.bulk.toFixed(0)} rows/s, peak RSS ${mib(bulk.peak)} (RSS at 1/4, 2/4, 3/4, end: ${quarters(bulk)}; neo4j-admin and Neo4j beside it: ${mib(bulk.childPeak)}), load ${before} → ${load()}`,
    );
  }
  if (options.incremental) {
    const importDb = await freshDatabase('neo4j-import');
    const before = load();
    let imported;
    try {
      imported = await runImporter();
    } finally {
      await importDb.close();
    }
    rates.incremental = options.rows / imported.seconds;
    console.log(
      `incremental importer: ${imported.seconds.toFixed(1)} s, ${rates.incremental.toFixed(0)} rows/s, peak RSS ${mib(imported.peak)} (RSS at 1/4, 2/4, 3/4, end: ${quarters(imported)}), load ${before} → ${load()}`,
    );
  }
  if (options.floor) {
    const floorDb = await freshDatabase('neo4j-floor');
    const before = load();
    try {
      const floor = await runFloor(floorDb);
      const floorRate = options.rows / floor.seconds;
      console.log(
        `floor (bare UNWIND MERGE, transactions only): ${floor.seconds.toFixed(1)} s, ${floorRate.toFixed(0)} rows/s (+${floor.buildSeconds.toFixed(1)} s building parameters), peak RSS ${mib(floor.peak)}, load ${before} → ${load()}`,
      );
      for (const [name, rate] of Object.entries(rates))
        console.log(`ratio ${name} / floor: ${(rate / floorRate).toFixed(2)}`);
    } finally {
      await floorDb.close();
    }
  }
  console.log(
    `load after: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
