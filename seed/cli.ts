// `npm run seed`: validates the seed, then loads it into the configured Neo4j (NEO4J_URI, or the
// managed local one). Exits 1, writing nothing, when the seed has problems; each is printed with
// its file, line and path. `npm run seed -- --check` validates without touching a database.
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { openDatabase } from '../db/connect.ts';
import { formatProblem, SeedValidationError } from './article/index.ts';
import { loadSeed, validateSeed, type SeedReport } from './load-seed.ts';

function printReport(report: SeedReport, seconds: number): void {
  const rows = [
    ...Object.entries(report.nodes).map(([label, n]) => [`node ${label}`, n] as const),
    ...Object.entries(report.relationships).map(([type, n]) => [`rel  ${type}`, n] as const),
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  for (const [name, n] of rows) console.log(`  ${name.padEnd(width)}  ${String(n).padStart(4)}`);
  console.log(
    `Seed loaded in ${seconds.toFixed(1)} s: ${report.nodesCreated} nodes and ` +
      `${report.relationshipsCreated} relationships created (0 and 0 when it was already loaded).`,
  );
}

async function main(argv: string[]): Promise<number> {
  const program = new Command()
    .name('npm run seed')
    .description('Load the seed article graph and the country reference data into Neo4j.')
    .option('--check', 'validate the seed and exit, without opening a database')
    .option('--records <file>', 'records to load instead of seed/article/records.yaml')
    .parse(argv);
  const options = program.opts<{ check?: boolean; records?: string }>();
  const input = options.records
    ? { recordsText: readFileSync(options.records, 'utf8'), recordsFile: options.records }
    : {};

  const problems = validateSeed(input);
  if (problems.length > 0) {
    console.error(`The seed has ${problems.length} problem(s); nothing was written:`);
    for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
    return 1;
  }
  if (options.check) {
    console.log('The seed is valid.');
    return 0;
  }

  const db = await openDatabase();
  try {
    const started = performance.now(); // the load only, not the Neo4j start-up
    printReport(await loadSeed(db, input), (performance.now() - started) / 1000);
    return 0;
  } catch (error) {
    if (!(error instanceof SeedValidationError)) throw error;
    console.error(error.message);
    return 1;
  } finally {
    await db.close();
  }
}

process.exitCode = await main(process.argv);
