// The import command line: `npm run import -- gdelt <file|folder|->...` and `npm run import -- atop <alliances.csv>
// <members.csv>`. Arguments with commander (installed); see README.md for the rules.
import { Command, InvalidArgumentError, Option } from 'commander';
import { importAtop } from './atop/import-atop.ts';
import { DEFAULT_CAMEO_ROOTS } from './cameo/event-kinds.ts';
import { parseCameoRoots } from './gdelt/index.ts';
import { importGdelt } from './gdelt/index.ts';
import { runImport, type CommonOptions } from './run-import.ts';

/** Events per transaction by default: measured in BENCHMARKS.md ("Import"). */
export const DEFAULT_BATCH_SIZE = 5000;

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new InvalidArgumentError('must be a whole number of 1 or more');
  return n;
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
    .description("Import researchers' datasets (GDELT events, ATOP alliances) into Entente's graph")
    .showHelpAfterError();

  withCommonOptions(
    program
      .command('gdelt')
      .description('GDELT 1.0 (57/58 columns) or 2.0 (61 columns) event exports, plain or zipped')
      .argument('<inputs...>', "files, folders of exports, or '-' for standard input"),
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
    .action(
      async (
        inputs: string[],
        options: CommonOptions & { cameoRoots: string; statesOnly?: boolean },
      ) => {
        process.exitCode = await runImport('GDELT', options, (db, report) =>
          importGdelt({
            inputs,
            filter: {
              cameoRoots: parseCameoRoots(options.cameoRoots),
              statesOnly: options.statesOnly === true,
            },
            batchSize: options.batchSize,
            db,
            report,
            progress: { enabled: options.progress, intervalMs: options.progressInterval },
          }),
        );
      },
    );

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
  return program;
}
