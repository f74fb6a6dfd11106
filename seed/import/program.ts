// The import command line: `npm run import -- gdelt <file|folder|->...` and `npm run import -- atop <alliances.csv>
// <members.csv>`. Arguments with commander (installed); see README.md for the rules.
import path from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { loadConfig } from '../../db/config.ts';
import { importAtop } from './atop/import-atop.ts';
import { importSipri } from './sipri/import-sipri.ts';
import { importIcews } from './icews/import-icews.ts';
import { DEFAULT_CAMEO_ROOTS } from './cameo/event-kinds.ts';
import { parseCameoRoots } from './gdelt/index.ts';
import { importGdelt } from './gdelt/index.ts';
import { importGdeltBulk } from './bulk/import-gdelt-bulk.ts';
import { importGdeltRange } from './gdelt-feed/import-gdelt-range.ts';
import { resolveRange } from './gdelt-feed/time-range.ts';
import { ImportInputError } from './import-error.ts';
import { runImport, type CommonOptions } from './run-import.ts';

/** Events per transaction by default: measured in BENCHMARKS.md ("Import"). */
export const DEFAULT_BATCH_SIZE = 5000;

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new InvalidArgumentError('must be a whole number of 1 or more');
  return n;
}

function positiveSeconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new InvalidArgumentError('must be a number of seconds above 0');
  return n;
}

function httpUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidArgumentError(
      'must be an http(s) URL such as http://data.gdeltproject.org/gdeltv2/',
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new InvalidArgumentError('must be an http(s) URL');
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

function wholeNumber(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new InvalidArgumentError('must be a whole number of 0 or more');
  return n;
}

interface GdeltOptions extends CommonOptions {
  cameoRoots: string;
  statesOnly?: boolean;
  since?: string;
  until?: string;
  last?: string;
  update?: boolean;
  bulk?: boolean;
  baseUrl?: string;
  cacheDir?: string;
  concurrency: number;
  timeout: number;
  retries: number;
}

/** Files on the command line, or a range to fetch: one or the other. */
function gdeltSource(inputs: string[], o: GdeltOptions): 'files' | 'range' | 'update' {
  const ranged = o.since !== undefined || o.until !== undefined || o.last !== undefined;
  if (inputs.length > 0 && (ranged || o.update))
    throw new ImportInputError(
      'give files or a range to fetch (--since, --last, --update), not both',
    );
  if (o.update && ranged)
    throw new ImportInputError(
      '--update fetches from the import mark: no --since, --until or --last',
    );
  if (o.bulk && (ranged || o.update))
    throw new ImportInputError(
      '--bulk loads files into an empty database: not with --since, --last or --update',
    );
  if (o.update) return 'update';
  if (ranged) {
    resolveRange(o); // a bad date stops here, before a database is opened
    return 'range';
  }
  if (inputs.length === 0)
    throw new ImportInputError(
      'give files, folders or - to import, or a range to fetch (--since, --last, --update)',
    );
  return 'files';
}

function withCommonOptions(command: Command): Command {
  return command
    .option('--dry-run', 'validate and report only; write nothing (no database needed)')
    .addOption(
      new Option('--batch-size <rows>', 'rows per transaction')
        .argParser(positiveInteger)
        .default(DEFAULT_BATCH_SIZE),
    )
    .option('--allow-rejects', 'exit 0 even when rows were rejected')
    .option(
      '--rejects <file>',
      'write every rejected row (file:line field: reason: detail) to this file',
    )
    .option('--json', 'print the summary as JSON')
    .option('--no-progress', 'print no progress while importing')
    .addOption(
      new Option(
        '--progress-interval <ms>',
        'interval of progress lines when stderr is not a terminal',
      )
        .argParser(positiveInteger)
        .default(5000),
    );
}

export function buildProgram(): Command {
  const program = new Command('import')
    .description(
      "Import researchers' datasets (GDELT events, ATOP alliances, SIPRI arms transfers) into Entente's graph",
    )
    .showHelpAfterError();

  withCommonOptions(
    program
      .command('gdelt')
      .description(
        'GDELT 1.0 (57/58 columns) or 2.0 (61 columns) event exports, plain or zipped; or GDELT 2.0 fetched by date',
      )
      .argument('[inputs...]', "files, folders of exports, or '-' for standard input"),
  )
    .addOption(
      new Option('--cameo-roots <roots>', "CAMEO root codes to keep, comma-separated, or 'all'")
        .default(DEFAULT_CAMEO_ROOTS.join(','))
        .argParser((value) => {
          try {
            parseCameoRoots(value);
          } catch (error) {
            throw new InvalidArgumentError((error as Error).message);
          }
          return value;
        }),
    )
    .option('--states-only', 'keep only events between two different states')
    .option(
      '--bulk',
      'load an EMPTY managed database with neo4j-admin database import (files only; faster)',
    )
    .option(
      '--since <date>',
      'fetch GDELT 2.0 exports from this UTC date or time (2024-01-01, 2024-01-01T06:00)',
    )
    .option('--until <date>', 'fetch up to this UTC date (its whole day) or time; default now')
    .option('--last <duration>', 'fetch the exports of the last 90m, 24h, 7d')
    .option('--update', 'fetch the exports published since the last fetch into this database')
    .addOption(
      new Option(
        '--base-url <url>',
        'GDELT 2.0 base URL (default ENTENTE_GDELT_BASE_URL or GDELT’s own)',
      ).argParser(httpUrl),
    )
    .option(
      '--cache-dir <dir>',
      'where fetched exports are kept (default <ENTENTE_CACHE_DIR>/gdelt-2)',
    )
    .addOption(
      new Option('--concurrency <n>', 'downloads at once').argParser(positiveInteger).default(4),
    )
    .addOption(
      new Option('--timeout <seconds>', 'give up a download after this long without data')
        .argParser(positiveSeconds)
        .default(30),
    )
    .addOption(
      new Option('--retries <n>', 'further attempts after a timeout, dropped connection or 5xx')
        .argParser(wholeNumber)
        .default(2),
    )
    .action(async (inputs: string[], options: GdeltOptions) => {
      const filter = {
        cameoRoots: parseCameoRoots(options.cameoRoots),
        statesOnly: options.statesOnly === true,
      };
      const progress = { enabled: options.progress, intervalMs: options.progressInterval };
      let source: ReturnType<typeof gdeltSource>;
      try {
        source = gdeltSource(inputs, options);
      } catch (error) {
        console.error(`error: ${(error as Error).message}`);
        process.exitCode = 2;
        return;
      }
      if (source === 'files' && options.bulk && !options.dryRun) {
        const config = loadConfig();
        process.exitCode = await runImport(
          'GDELT',
          options,
          (_db, report) =>
            importGdeltBulk({
              inputs,
              filter,
              batchSize: options.batchSize,
              report,
              config,
              progress,
            }),
          false,
        );
        return;
      }
      if (source === 'files') {
        process.exitCode = await runImport('GDELT', options, (db, report) =>
          importGdelt({ inputs, filter, batchSize: options.batchSize, db, report, progress }),
        );
        return;
      }
      const config = loadConfig();
      process.exitCode = await runImport('GDELT', options, (db, report) =>
        importGdeltRange({
          range:
            source === 'update'
              ? 'update'
              : { since: options.since, until: options.until, last: options.last },
          baseUrl: options.baseUrl ?? config.gdeltBaseUrl,
          cacheDir: options.cacheDir ?? path.join(config.managed.cacheDir, 'gdelt-2'),
          concurrency: options.concurrency,
          timeoutMs: options.timeout * 1000,
          retries: options.retries,
          retryDelayMs: 1000,
          filter,
          batchSize: options.batchSize,
          db,
          report,
          progress,
        }),
      );
    });

  withCommonOptions(
    program
      .command('atop')
      .description('ATOP 4 alliance-level and member-level CSV files')
      .argument('<alliances>', 'atop-alliance-level.csv')
      .argument('<members>', 'atop-member-level.csv'),
  ).action(async (alliances: string, members: string, options: CommonOptions) => {
    process.exitCode = await runImport('ATOP', options, (db, report) =>
      importAtop({
        alliancesFile: alliances,
        membersFile: members,
        batchSize: options.batchSize,
        db,
        report,
      }),
    );
  });

  withCommonOptions(
    program
      .command('icews')
      .description('ICEWS coded events (Harvard Dataverse .tab files, tab-separated with a header)')
      .argument('<inputs...>', 'files, folders of .tab files, or zips'),
  )
    .addOption(
      new Option('--cameo-roots <roots>', "CAMEO root codes to keep, comma-separated, or 'all'")
        .default(DEFAULT_CAMEO_ROOTS.join(','))
        .argParser((value) => {
          try {
            parseCameoRoots(value);
          } catch (error) {
            throw new InvalidArgumentError((error as Error).message);
          }
          return value;
        }),
    )
    .action(async (inputs: string[], options: CommonOptions & { cameoRoots: string }) => {
      process.exitCode = await runImport('ICEWS', options, (db, report) =>
        importIcews({
          inputs,
          cameoRoots: parseCameoRoots(options.cameoRoots),
          batchSize: options.batchSize,
          db,
          report,
          progress: { enabled: options.progress, intervalMs: options.progressInterval },
        }),
      );
    });

  withCommonOptions(
    program
      .command('sipri')
      .description(
        'a SIPRI Arms Transfers Database trade register (CSV, exactly as SIPRI exports it)',
      )
      .argument('<file>', 'trade-register.csv'),
  ).action(async (file: string, options: CommonOptions) => {
    process.exitCode = await runImport('SIPRI', options, (db, report) =>
      importSipri({ file, batchSize: options.batchSize, db, report }),
    );
  });
  return program;
}
