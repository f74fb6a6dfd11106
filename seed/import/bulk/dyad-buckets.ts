// The dyad aggregates (DYAD_MONTH, DYAD_YEAR, DYAD_TOTAL) of a bulk import, computed in Node from the rows in
// hand, with the same values as db/write/dyad-aggregates.ts computes in Cypher for the
// incremental path: one bucket per pair of countries (a.iso3 < b.iso3) and month, its events,
// Goldstein sum, per-kind and per-quad-class counters, cells per (kind, CAMEO root, quad class),
// first and last dates. Bulk imports hold GDELT events (DAY precision) only, so every bucket is
// a month bucket. Two things the incremental path leaves to the order of its batches are fixed
// here: cells come sorted, and `sampleEvents` are the bucket's first five by date and id.
import neo4j from 'neo4j-driver';
import { KIND_COUNTERS } from '../../../db/write/dyad-aggregates.ts';

export interface DyadEvent {
  id: string;
  kind: string;
  cameoRoot: string;
  quadClass: number;
  goldstein: number;
  /** YYYY-MM-DD. */
  date: string;
  /** ISO3 codes of the countries taking part (either role). */
  iso3: string[];
}

interface Cell {
  events: number;
  goldstein: number;
}

interface Bucket {
  a: string;
  b: string;
  month: string;
  events: number;
  goldstein: number;
  kinds: Record<string, number>;
  quads: [number, number, number, number];
  cells: Map<string, Cell>;
  first: string;
  last: string;
  /** [date, id] of the first five, in order. */
  sample: [string, string][];
}

const SAMPLE = 5;
const before = (x: [string, string], y: [string, string]) =>
  x[0] < y[0] || (x[0] === y[0] && x[1] < y[1]);

/** The grains of db/write/dyad-aggregates.ts: DYAD_MONTH, DYAD_YEAR, DYAD_TOTAL. */
export type Grain = 'month' | 'year' | 'total';

export class DyadBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(readonly grain: Grain = 'month') {}

  add(event: DyadEvent): void {
    const codes = [...new Set(event.iso3)].sort();
    // The bucket's `month`: its month, its year's January, or the all-time constant.
    const month =
      this.grain === 'month'
        ? `${event.date.slice(0, 7)}-01`
        : this.grain === 'year'
          ? `${event.date.slice(0, 4)}-01-01`
          : '0001-01-01';
    for (let i = 0; i < codes.length; i++)
      for (let j = i + 1; j < codes.length; j++) this.count(codes[i]!, codes[j]!, month, event);
  }

  private count(a: string, b: string, month: string, e: DyadEvent): void {
    const suffix =
      this.grain === 'month' ? month : this.grain === 'year' ? month.slice(0, 4) : 'dated';
    const key = `${a}|${b}|${suffix}`;
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = {
        a,
        b,
        month,
        events: 0,
        goldstein: 0,
        kinds: {},
        quads: [0, 0, 0, 0],
        cells: new Map(),
        first: e.date,
        last: e.date,
        sample: [],
      };
      this.buckets.set(key, bucket);
    }
    bucket.events += 1;
    bucket.goldstein += e.goldstein;
    bucket.kinds[e.kind] = (bucket.kinds[e.kind] ?? 0) + 1;
    if (e.quadClass >= 1 && e.quadClass <= 4) bucket.quads[e.quadClass - 1]! += 1;
    const cellKey = `${e.kind}|${e.cameoRoot}|${e.quadClass}`;
    const cell = bucket.cells.get(cellKey) ?? { events: 0, goldstein: 0 };
    cell.events += 1;
    cell.goldstein += e.goldstein;
    bucket.cells.set(cellKey, cell);
    if (e.date < bucket.first) bucket.first = e.date;
    if (e.date > bucket.last) bucket.last = e.date;
    const entry: [string, string] = [e.date, e.id];
    const sample = bucket.sample;
    if (sample.length < SAMPLE || before(entry, sample[sample.length - 1]!)) {
      let at = sample.length;
      while (at > 0 && before(entry, sample[at - 1]!)) at--;
      sample.splice(at, 0, entry);
      if (sample.length > SAMPLE) sample.pop();
    }
  }

  get size(): number {
    return this.buckets.size;
  }

  /** Each bucket as a relationship row: the two country ids and DYAD_MONTH's properties. */
  *rows(
    countryId: (iso3: string) => string,
  ): Generator<{ from: string; to: string; props: Record<string, unknown> }> {
    const date = (iso: string) => {
      const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
      return new neo4j.types.Date(y, m, d);
    };
    for (const [key, bucket] of this.buckets) {
      const cells = [...bucket.cells.keys()].sort();
      const months =
        this.grain === 'month'
          ? {}
          : {
              firstMonth: date(`${bucket.first.slice(0, 7)}-01`),
              lastMonth: date(`${bucket.last.slice(0, 7)}-01`),
            };
      const year =
        this.grain === 'year'
          ? {
              until: date(`${bucket.month.slice(0, 4)}-12-01`),
              year: Number(bucket.month.slice(0, 4)),
            }
          : {};
      yield {
        from: countryId(bucket.a),
        to: countryId(bucket.b),
        props: {
          key,
          month: date(bucket.month),
          ...year,
          ...months,
          events: bucket.events,
          goldsteinSum: bucket.goldstein,
          ...Object.fromEntries(
            Object.entries(KIND_COUNTERS).map(([label, counter]) => [
              counter,
              bucket.kinds[label] ?? 0,
            ]),
          ),
          quad1: bucket.quads[0],
          quad2: bucket.quads[1],
          quad3: bucket.quads[2],
          quad4: bucket.quads[3],
          cells,
          cellEvents: cells.map((c) => bucket.cells.get(c)!.events),
          cellGoldstein: cells.map((c) => bucket.cells.get(c)!.goldstein),
          sampleEvents: bucket.sample.map(([, id]) => id),
          firstDate: date(bucket.first),
          firstPrecision: 'DAY',
          lastEnd: date(bucket.last),
          lastDate: date(bucket.last),
          lastPrecision: 'DAY',
        },
      };
    }
  }
}
