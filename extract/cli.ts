// npm run -s extract -- FILE [--published YYYY-MM-DD] [--title T] [--url U] [--json] [--link]
// Candidate facts of one text (FILE '-' reads standard input). A readable table by default;
// with --json exactly one JSON object on stdout. Errors go to stderr as one line naming the
// file and what is wrong, with the exit codes of cli/read-input.ts (README).
import { Command, InvalidArgumentError, Option } from 'commander';
import { EXTRACTOR_VERSION, type Extraction } from './candidate.ts';
import { formatTable } from './cli/print-table.ts';
import { DEFAULT_MAX_BYTES, EXIT, InputError, readText } from './cli/read-input.ts';
import { extract, MetaError } from './extract.ts';
import { link } from './link.ts';
import { parsePartial } from './reduced-date.ts';

interface Options {
  published?: string;
  title?: string;
  url?: string;
  json?: boolean;
  link?: boolean;
  maxBytes: number;
}

function reducedDate(value: string): string {
  if (!parsePartial(value))
    throw new InvalidArgumentError('must be a date like 2017-10-24, 2017-10 or 2017');
  return value;
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new InvalidArgumentError('must be a whole number of 1 or more');
  return n;
}

async function withLinks(result: Extraction): Promise<Extraction> {
  // Imported here so that a run without --link never loads the database driver.
  const { openGraphLookup } = await import('./cli/graph-lookup.ts');
  const graph = await openGraphLookup((line) => console.error(line));
  try {
    return { ...result, candidates: await link(result.candidates, graph.lookup) };
  } finally {
    await graph.close();
  }
}

async function run(file: string, options: Options): Promise<number> {
  const name = file === '-' ? 'standard input' : file;
  try {
    const text = readText(file, options.maxBytes);
    let result = extract(text, {
      title: options.title,
      url: options.url,
      publishedAt: options.published,
    });
    if (options.link) {
      try {
        result = await withLinks(result);
      } catch (error) {
        console.error(
          `extract: --link: the graph could not be searched: ${(error as Error).message}`,
        );
        return EXIT.link;
      }
    }
    process.stdout.write(options.json ? `${JSON.stringify(result)}\n` : `${formatTable(result)}\n`);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof InputError) {
      console.error(`extract: ${error.message}`);
      return error.exitCode;
    }
    if (error instanceof MetaError) {
      console.error(`extract: ${error.message}`);
      return EXIT.usage;
    }
    console.error(
      `extract: ${name}: unexpected error: ${(error as Error).message ?? String(error)}`,
    );
    return EXIT.internal;
  }
}

const program = new Command('extract')
  .description('Candidate facts (actors, meetings, agreements, each with its quote) from one text')
  .version(EXTRACTOR_VERSION)
  .argument('<file>', "a UTF-8 text file, or '-' for standard input")
  .addOption(
    new Option('--published <date>', 'publication date; relative dates resolve to it').argParser(
      reducedDate,
    ),
  )
  .option('--title <title>', 'the document title')
  .option('--url <url>', "the document's address; a government site sets the reporting country")
  .option('--json', 'print one JSON object {document, candidates} instead of a table')
  .option('--link', 'look names up in the graph (Neo4j) and fill linkedId')
  .addOption(
    new Option('--max-bytes <n>', 'largest input accepted')
      .argParser(positiveInteger)
      .default(DEFAULT_MAX_BYTES),
  )
  .showHelpAfterError()
  .exitOverride((error) => {
    // Help and version exit 0; every other commander error is a usage error.
    process.exit(error.exitCode === 0 ? 0 : EXIT.usage);
  })
  .action(async (file: string, options: Options) => {
    process.exitCode = await run(file, options);
  });

await program.parseAsync();
