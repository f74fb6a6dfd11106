// Keeps the country-to-country aggregates of events (DYAD_MONTH and DYAD_YEAR, see
// schema/model.ts) current: one bucket per pair and month, and one per pair and year on top of
// them, so that a country network over whole years reads a twelfth of the buckets.
//
// Writers mark each Event they create with `importBatch = $batch` (ON CREATE only) and call
// incrementDyadMonths in the same transaction, after the PARTICIPATED_IN relationships exist.
// Only events created by this transaction are counted, so re-importing a row adds nothing, and
// a crash rolls the aggregate back together with the events: a rerun ends in the same state.
// A writer that removes or changes counted events (curation retracting an accepted fact) calls
// recountDyadMonths for them instead, which rebuilds their buckets from the events that remain.
//
// Each bucket holds, besides the per-kind counters and the Goldstein sum:
// - the true first and last dates of the events it counts, with their precision, so that a
//   derived edge says "2022-09-08 – 2022-11" rather than the months of its buckets;
// - the four CAMEO quad-class counters (1 verbal cooperation … 4 material conflict);
// - `cells`: the counts and Goldstein sums per (event label, CAMEO root, quad class), so that a
//   network filtered by kind, root and quad class at once still reads only the aggregates;
// - `sampleEvents`: the first few event ids, the evidence a derived edge shows.
import type { ManagedTransaction } from 'neo4j-driver';
import { DYAD_MONTH, DYAD_TOTAL, DYAD_YEAR, EVENT_LABELS } from '../../schema/model.ts';

/** CAMEO quad class of a root: 01–05 verbal cooperation … 14–20 material conflict. */
const QUAD_OF_ROOT = (root: string) => `CASE
    WHEN ${root} >= '01' AND ${root} <= '05' THEN 1
    WHEN ${root} >= '06' AND ${root} <= '08' THEN 2
    WHEN ${root} >= '09' AND ${root} <= '13' THEN 3
    WHEN ${root} >= '14' AND ${root} <= '20' THEN 4
    ELSE 0 END`;

/** The last day of an event's period ("2022-09" ends on 30 September). */
const EVENT_END = (e: string) =>
  `${e}.date + CASE ${e}.datePrecision WHEN 'YEAR' THEN duration('P1Y') WHEN 'MONTH' THEN duration('P1M') ELSE duration('P1D') END - duration('P1D')`;

const KIND_LABELS = Object.values(EVENT_LABELS);

/** Counter property per kind label, as the API reads them. */
export const KIND_COUNTERS: Record<string, string> = {
  Meeting: 'meetings',
  Exercise: 'exercises',
  Incident: 'incidents',
  Statement: 'statements',
  Cooperation: 'cooperations',
};

/**
 * The two grains of buckets. `month`: a bucket per month of the events dated to the day or the
 * month, one per year of those dated only by their year (month = January, until = December),
 * and the undated one. `year`: one per year of every event dated in it, whatever its precision
 * (`year`; month = January, until = December, and the months its events fall in, firstMonth and
 * lastMonth, as the monthly buckets would give them), and the undated one (`undated: true`).
 * `total`: one per pair of all its dated events (month = 0001-01-01, a constant; firstMonth and
 * lastMonth as for a year), and again the undated one: a network over all time reads these.
 */
export type Grain = 'month' | 'year' | 'total';

/** The `month` of a pair's all-time bucket: a constant, so that its events group as one. */
const ALL_TIME = '0001-01-01';

const TYPE_OF: Record<Grain, string> = { month: DYAD_MONTH, year: DYAD_YEAR, total: DYAD_TOTAL };

const SPAN_OF: Record<Grain, string> = {
  month: `CASE WHEN e.date IS NULL THEN 'undated' WHEN e.datePrecision = 'YEAR' THEN 'year' ELSE 'month' END`,
  year: `CASE WHEN e.date IS NULL THEN 'undated' ELSE 'year' END`,
  total: `CASE WHEN e.date IS NULL THEN 'undated' ELSE 'dated' END`,
};

/** The month bucket an event falls in, and the last month of it (a year's bucket ends in December). */
const MONTH_OF = (e: string) =>
  `CASE WHEN ${e}.datePrecision = 'YEAR' THEN date.truncate('year', ${e}.date) ELSE date.truncate('month', ${e}.date) END`;
const LAST_MONTH_OF = (e: string) =>
  `CASE WHEN ${e}.datePrecision = 'YEAR' THEN date.truncate('year', ${e}.date) + duration('P11M') ELSE date.truncate('month', ${e}.date) END`;

/**
 * From rows of distinct (a, b, e) with a.iso3 < b.iso3: the buckets' increments, merged into
 * the stored buckets. An event dated only by its year may have happened in any month of it: it
 * goes to a bucket of its own that spans the year (month = January, until = December), so that
 * a date range overlapping that year finds it, as the events query does; undated events go to
 * the pair's `undated` bucket (no month), which a range keeps unless told to leave undated out.
 */
const mergeBuckets = (grain: Grain) => `
WITH a, b, e,
     ${SPAN_OF[grain]} AS span,
     head([l IN labels(e) WHERE l IN ${JSON.stringify(KIND_LABELS).replaceAll('"', "'")}]) AS kind,
     coalesce(e.cameoRoot, '') AS root
WITH a, b, e, span, kind, root,
     CASE span WHEN 'year' THEN date.truncate('year', e.date) WHEN 'month' THEN date.truncate('month', e.date) WHEN 'dated' THEN date('${ALL_TIME}') END AS month,
     coalesce(e.quadClass, ${QUAD_OF_ROOT('root')}) AS quad,
     CASE WHEN e.date IS NULL THEN null ELSE ${EVENT_END('e')} END AS ends,
     CASE WHEN e.date IS NULL THEN null ELSE ${MONTH_OF('e')} END AS firstMonth,
     CASE WHEN e.date IS NULL THEN null ELSE ${LAST_MONTH_OF('e')} END AS lastMonth
ORDER BY e.date, e.id
// One row per bucket and cell (kind, root, quad class) …
WITH a, b, span, month, kind, root, quad,
     count(e) AS n, sum(coalesce(e.goldstein, 0.0)) AS g, min(firstMonth) AS firstMonth, max(lastMonth) AS lastMonth,
     head(collect(CASE WHEN e.date IS NOT NULL THEN [e.date, e.datePrecision] END)) AS first,
     reduce(best = null, x IN collect(CASE WHEN ends IS NOT NULL THEN [ends, e.date, e.datePrecision] END) |
            CASE WHEN best IS NULL OR x[0] >= best[0] THEN x ELSE best END) AS last,
     collect(e.id)[0..5] AS ids
// … then one per bucket, its cells as parallel lists.
WITH a, b, span, month,
     sum(n) AS events, sum(g) AS goldstein, min(firstMonth) AS firstMonth, max(lastMonth) AS lastMonth,
     ${Object.entries(KIND_COUNTERS)
       .map(([label, counter]) => `sum(CASE kind WHEN '${label}' THEN n ELSE 0 END) AS ${counter}`)
       .join(',\n     ')},
     ${[1, 2, 3, 4].map((q) => `sum(CASE quad WHEN ${q} THEN n ELSE 0 END) AS quad${q}`).join(', ')},
     collect(coalesce(kind, '') + '|' + root + '|' + toString(quad)) AS cells,
     collect(n) AS cellEvents, collect(g) AS cellGoldstein,
     reduce(best = null, x IN collect(first) | CASE WHEN best IS NULL OR x[0] < best[0] THEN x ELSE best END) AS first,
     reduce(best = null, x IN collect(last) | CASE WHEN best IS NULL OR x[0] > best[0] THEN x ELSE best END) AS last,
     reduce(acc = [], s IN collect(ids) | acc + s)[0..5] AS sample
// Keyed by one indexed property: matching on {month} alone made Neo4j walk every relationship
// of two busy countries (2.9M reads per 5,000-event batch); the key is a single index seek.
MERGE (a)-[r:${TYPE_OF[grain]} {key: a.iso3 + '|' + b.iso3 + '|' + CASE span WHEN 'year' THEN toString(month.year) WHEN 'month' THEN toString(month) ELSE span END}]->(b)
ON CREATE SET r.month = month, r.until = CASE WHEN span = 'year' THEN month + duration('P11M') END,${
  grain === 'month'
    ? ''
    : `
              ${grain === 'year' ? 'r.year = month.year, ' : ''}r.undated = CASE WHEN span = 'undated' THEN true END,`
}
              r.events = 0, r.goldsteinSum = 0.0,
              ${Object.values(KIND_COUNTERS)
                .map((c) => `r.${c} = 0`)
                .join(', ')},
              ${[1, 2, 3, 4].map((q) => `r.quad${q} = 0`).join(', ')},
              r.cells = [], r.cellEvents = [], r.cellGoldstein = []
WITH r, events, goldstein, ${Object.values(KIND_COUNTERS).join(', ')}, quad1, quad2, quad3, quad4,
     cells, cellEvents, cellGoldstein, first, last, sample, firstMonth, lastMonth, coalesce(r.cells, []) AS old
WITH r, events, goldstein, ${Object.values(KIND_COUNTERS).join(', ')}, quad1, quad2, quad3, quad4, first, last, sample,
     firstMonth, lastMonth,
     old + [c IN cells WHERE NOT c IN old] AS mergedCells,
     [i IN range(0, size(old) - 1) | r.cellEvents[i] + reduce(v = 0, j IN range(0, size(cells) - 1) | v + CASE WHEN cells[j] = old[i] THEN cellEvents[j] ELSE 0 END)]
       + [j IN range(0, size(cells) - 1) WHERE NOT cells[j] IN old | cellEvents[j]] AS mergedEvents,
     [i IN range(0, size(old) - 1) | r.cellGoldstein[i] + reduce(v = 0.0, j IN range(0, size(cells) - 1) | v + CASE WHEN cells[j] = old[i] THEN cellGoldstein[j] ELSE 0.0 END)]
       + [j IN range(0, size(cells) - 1) WHERE NOT cells[j] IN old | cellGoldstein[j]] AS mergedGoldstein
SET r.events = r.events + events,
    r.goldsteinSum = r.goldsteinSum + goldstein,
    ${Object.values(KIND_COUNTERS)
      .map((c) => `r.${c} = r.${c} + ${c}`)
      .join(',\n    ')},
    ${[1, 2, 3, 4].map((q) => `r.quad${q} = coalesce(r.quad${q}, 0) + quad${q}`).join(', ')},
    r.cells = mergedCells, r.cellEvents = mergedEvents, r.cellGoldstein = mergedGoldstein,
    r.sampleEvents = (coalesce(r.sampleEvents, []) + sample)[0..5]${
      grain !== 'month'
        ? `,
    r.firstMonth = CASE WHEN r.firstMonth IS NULL OR firstMonth < r.firstMonth THEN firstMonth ELSE r.firstMonth END,
    r.lastMonth = CASE WHEN r.lastMonth IS NULL OR lastMonth > r.lastMonth THEN lastMonth ELSE r.lastMonth END`
        : ''
    }
FOREACH (_ IN CASE WHEN first IS NOT NULL AND (r.firstDate IS NULL OR first[0] < r.firstDate) THEN [1] ELSE [] END |
  SET r.firstDate = first[0], r.firstPrecision = first[1])
FOREACH (_ IN CASE WHEN last IS NOT NULL AND (r.lastEnd IS NULL OR last[0] > r.lastEnd) THEN [1] ELSE [] END |
  SET r.lastEnd = last[0], r.lastDate = last[1], r.lastPrecision = last[2])
RETURN count(r) AS buckets`;

const increment = (grain: Grain) => `
UNWIND $eventIds AS eventId
MATCH (e:Event {id: eventId})
WHERE e.importBatch = $batch
MATCH (a:Country)-[:PARTICIPATED_IN]->(e)<-[:PARTICIPATED_IN]-(b:Country)
WHERE a.iso3 < b.iso3
WITH DISTINCT a, b, e
${mergeBuckets(grain)}`;

export const INCREMENT_DYAD_MONTHS = increment('month');
export const INCREMENT_DYAD_YEARS = increment('year');
export const INCREMENT_DYAD_TOTALS = increment('total');

/** The bucket keys of both grains the given events count in (read before they change or go). */
const BUCKET_KEYS = `
UNWIND $eventIds AS eventId
MATCH (e:Event {id: eventId})
MATCH (a:Country)-[:PARTICIPATED_IN]->(e)<-[:PARTICIPATED_IN]-(b:Country)
WHERE a.iso3 < b.iso3
WITH DISTINCT a.iso3 + '|' + b.iso3 + '|' AS pair, e
RETURN collect(DISTINCT pair + CASE WHEN e.date IS NULL THEN 'undated'
  WHEN e.datePrecision = 'YEAR' THEN toString(e.date.year)
  ELSE toString(date.truncate('month', e.date)) END) AS months,
  collect(DISTINCT pair + CASE WHEN e.date IS NULL THEN 'undated' ELSE toString(e.date.year) END) AS years,
  collect(DISTINCT pair + CASE WHEN e.date IS NULL THEN 'undated' ELSE 'dated' END) AS totals`;

/** The events of a bucket's pair that fall in it (`month` and `yearly` of the bucket). */
const IN_BUCKET: Record<Grain, string> = {
  month: `CASE WHEN month IS NULL THEN e.date IS NULL
           WHEN e.date IS NULL THEN false
           WHEN yearly THEN e.datePrecision = 'YEAR' AND e.date.year = month.year
           ELSE e.datePrecision <> 'YEAR' AND date.truncate('month', e.date) = month END`,
  year: `CASE WHEN month IS NULL THEN e.date IS NULL
           WHEN e.date IS NULL THEN false
           ELSE e.date.year = month.year END`,
  total: `CASE WHEN month IS NULL THEN e.date IS NULL ELSE e.date IS NOT NULL END`,
};

/** Deletes these buckets and counts again every event of their pair and period but `$without`. */
const rebuild = (grain: Grain) => `
UNWIND $keys AS key
MATCH (a:Country)-[r:${TYPE_OF[grain]} {key: key}]->(b:Country)
WITH a, b, r.month AS month, r.until IS NOT NULL AS yearly, r
DELETE r
WITH a, b, month, yearly
MATCH (a)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(b)
WHERE NOT e.id IN $without
  AND ${IN_BUCKET[grain]}
WITH DISTINCT a, b, e
${mergeBuckets(grain)}`;
const REBUILD: Record<Grain, string> = {
  month: rebuild('month'),
  year: rebuild('year'),
  total: rebuild('total'),
};

/** Adds the events of `eventIds` created under `batch` to their dyads' aggregates. */
export async function incrementDyadMonths(
  tx: ManagedTransaction,
  eventIds: readonly string[],
  batch: string,
): Promise<void> {
  if (eventIds.length === 0) return;
  await tx.run(INCREMENT_DYAD_MONTHS, { eventIds, batch });
  await tx.run(INCREMENT_DYAD_YEARS, { eventIds, batch });
  await tx.run(INCREMENT_DYAD_TOTALS, { eventIds, batch });
}

/**
 * Rebuilds the buckets of these events from the events that remain. For a retraction, call it
 * before the events go, with `without` naming them; for an edit (a date or a participant
 * changed), call it before the change with `without` naming them (the old buckets lose them)
 * and again after it without (the new buckets count them).
 */
export async function recountDyadMonths(
  tx: ManagedTransaction,
  eventIds: readonly string[],
  without: readonly string[] = [],
): Promise<void> {
  if (eventIds.length === 0) return;
  const [record] = (await tx.run(BUCKET_KEYS, { eventIds })).records;
  for (const [grain, column] of [
    ['month', 'months'],
    ['year', 'years'],
    ['total', 'totals'],
  ] as const) {
    const keys = (record?.get(column) as string[] | undefined) ?? [];
    if (keys.length > 0) await tx.run(REBUILD[grain], { keys, without });
  }
}
