// npm run eval:extract [-- --verbose]: runs the extractor on every development text and on the
// held-out texts, scores each against its gold annotation (gold/, gold/held-out/), and prints
// the tables BENCHMARKS.md quotes. Exits 1 if a gold file does not parse or names a missing text.
import { readdirSync, readFileSync } from 'node:fs';
import { extract } from '../extract.ts';
import { goldSchema } from './gold-schema.ts';
import { misses, table } from './report.ts';
import { scoreDocument, type DocumentScore } from './score.ts';

const goldDir = new URL('./gold/', import.meta.url);
const textDir = new URL('../../tests/fixtures/texts/', import.meta.url);

function scoreSet(sub: string, batch?: number): DocumentScore[] {
  const dir = new URL(sub, goldDir);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => goldSchema.parse(JSON.parse(readFileSync(new URL(file, dir), 'utf8'))))
    .filter((gold) => batch === undefined || gold.batch === batch)
    .map((gold) => {
      const text = readFileSync(new URL(`${sub}${gold.file}`, textDir), 'utf8');
      const result = extract(text, { url: gold.meta.url, publishedAt: gold.meta.publishedAt });
      return scoreDocument(gold, result, text);
    });
}

const verbose = process.argv.includes('--verbose');
try {
  const dev = scoreSet('');
  const first = scoreSet('held-out/', 1);
  const second = scoreSet('held-out/', 2);
  console.log(table('Development texts', dev));
  console.log();
  console.log(table('Held-out texts, batch 1 (written by the developers)', first));
  console.log();
  console.log(table('Held-out texts, batch 2 (written by the developers)', second));
  const heldOut = [...first, ...second];
  if (verbose) console.log(`\nMisses and extras:\n${misses([...dev, ...heldOut])}`);
} catch (error) {
  console.error(`eval:extract: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
