// npm run bench:extract: documents per second of extract() on 2,000-character readouts, in one
// process on this machine. The documents are built from the development and held-out texts
// (tests/fixtures/texts/): paragraphs taken in turn from a rotating start until a document
// holds about 2,000 characters, so each one differs and reads like a readout. Prints the load
// average too: a figure without its conditions says little (BENCHMARKS.md).
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';

const started = performance.now();
const { extract } = await import('../extract/extract.ts');
const loadMs = performance.now() - started;

const dir = new URL('../tests/fixtures/texts/', import.meta.url);
const files = [
  ...readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => new URL(f, dir)),
  ...readdirSync(new URL('held-out/', dir)).map((f) => new URL(`held-out/${f}`, dir)),
];
const paragraphs = files.flatMap((url) =>
  readFileSync(url, 'utf8')
    .split(/\n\s*\n|\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 40 && !/^(?:URL|Date|Title):/.test(p)),
);

const TARGET = 2000;
const COUNT = Number(process.env.BENCH_DOCS ?? 400);
const documents: string[] = [];
for (let i = 0; documents.length < COUNT; i++) {
  const parts: string[] = [];
  let length = 0;
  for (let k = i; length < TARGET; k++) {
    const p = paragraphs[k % paragraphs.length] as string;
    parts.push(p);
    length += p.length + 2;
  }
  documents.push(parts.join('\n\n').slice(0, TARGET + 200));
}
const meanChars = documents.reduce((a, d) => a + d.length, 0) / documents.length;

for (const d of documents.slice(0, 20)) extract(d, { publishedAt: '2023-05-05' });

const times: number[] = [];
let candidates = 0;
const cpu0 = process.cpuUsage();
const t0 = performance.now();
for (const d of documents) {
  const s = performance.now();
  candidates += extract(d, { publishedAt: '2023-05-05' }).candidates.length;
  times.push(performance.now() - s);
}
const total = (performance.now() - t0) / 1000;
// CPU time of this process: under load (other work on the 2 cores) wall time stretches, CPU
// time does not; documents per CPU second is the rate one idle core would give.
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
times.sort((a, b) => a - b);
const q = (p: number) =>
  (times[Math.min(times.length - 1, Math.floor(p * times.length))] as number).toFixed(1);

console.log(
  `extract(): ${documents.length} documents of ${Math.round(meanChars)} characters on average`,
);
console.log(
  `  ${(documents.length / total).toFixed(1)} documents/s (${Math.round((documents.length * meanChars) / total / 1000)} k characters/s), one process`,
);
console.log(
  `  ${(documents.length / cpuSeconds).toFixed(1)} documents per CPU second (${cpuSeconds.toFixed(1)} s of CPU in ${total.toFixed(1)} s of wall time)`,
);
console.log(
  `  per document: p50 ${q(0.5)} ms, p95 ${q(0.95)} ms, max ${q(1)} ms; ${(candidates / documents.length).toFixed(1)} candidates`,
);
console.log(
  `  module load (gazetteers, compromise, chrono-node): ${loadMs.toFixed(0)} ms, once per process`,
);
console.log(
  `  load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} on ${availableParallelism()} cores`,
);
