// Cypher fragments shared by the queries. Every fragment is constant text: values arrive as
// parameters ($from, $to, $kindLabels, $eventLabels, $relTypes) and labels come only from the
// allowlist in schema/model.ts.
import { ENTITY_LABELS } from '../../schema/model.ts';

/** Any Entente node, as a label disjunction the planner turns into unique-index seeks. */
export const ANY = Object.values(ENTITY_LABELS).join('|');

/** A node as {id, labels, props}. */
export const node = (v: string) => `{id: ${v}.id, labels: labels(${v}), props: properties(${v})}`;

/** A relationship as {key, type, source, target, props}. */
export const edge = (r: string) =>
  `{key: elementId(${r}), type: type(${r}), source: startNode(${r}).id, target: endNode(${r}).id, props: properties(${r})}`;

/**
 * The last day of a dated node's period: its endDate, else the end of the year or month its
 * `date` stands for (a "2022" event may have happened in September 2022).
 */
export const periodEnd = (x: string) =>
  `coalesce(${x}.endDate, ${x}.date + CASE ${x}.datePrecision WHEN 'YEAR' THEN duration('P1Y') WHEN 'MONTH' THEN duration('P1M') ELSE duration('P1D') END - duration('P1D'))`;

const overlaps = (x: string) =>
  `(($from IS NULL OR ${periodEnd(x)} >= date($from)) AND ($to IS NULL OR ${x}.date <= date($to)))`;

/** Dated nodes (events, agreements) whose period overlaps [$from, $to]; undated ones pass. */
export const inRange = (x: string) => `(${x}.date IS NULL OR ${overlaps(x)})`;

/** As inRange, for a GraphFilter: undated nodes pass only when $includeUndated. */
export const inFilterRange = (x: string) =>
  `(CASE WHEN ${x}.date IS NULL THEN $includeUndated ELSE ${overlaps(x)} END)`;

/** Relationships with a from/to period (PARTY_TO, HOLDS_OFFICE) overlapping [$from, $to]. */
export const relInRange = (r: string) =>
  `(($from IS NULL OR ${r}.to IS NULL OR ${r}.to >= date($from)) AND ($to IS NULL OR ${r}.from IS NULL OR ${r}.from <= date($to)))`;

/** The last month a DYAD_MONTH bucket covers: December for a year's bucket, else its month. */
export const bucketEnd = (d: string) => `coalesce(${d}.until, ${d}.month)`;

const bucketPrecision = (d: string) => `CASE WHEN ${d}.until IS NULL THEN 'MONTH' ELSE 'YEAR' END`;

/**
 * A bucket's first event as [date, precision], null for the undated bucket. Buckets written
 * before the true dates were kept fall back to their months.
 */
export const bucketFirst = (d: string) =>
  `CASE WHEN ${d}.month IS NOT NULL THEN [coalesce(${d}.firstDate, ${d}.month), coalesce(${d}.firstPrecision, ${bucketPrecision(d)})] END`;

/** A bucket's last event as [last day of its period, date, precision] (see bucketFirst). */
export const bucketLast = (d: string) =>
  `CASE WHEN ${d}.month IS NOT NULL THEN [coalesce(${d}.lastEnd, ${d}.month + CASE WHEN ${d}.until IS NULL THEN duration('P1M') ELSE duration('P1Y') END - duration('P1D')), coalesce(${d}.lastDate, ${bucketEnd(d)}), coalesce(${d}.lastPrecision, ${bucketPrecision(d)})] END`;

/**
 * DYAD_MONTH buckets (db/write/dyad-aggregates.ts) overlapping [$from, $to]; a pair's bucket of
 * undated events (no month) passes when $includeUndated.
 */
export const bucketInRange = (d: string) =>
  `(CASE WHEN ${d}.month IS NULL THEN $includeUndated ELSE ($from IS NULL OR ${bucketEnd(d)} >= date.truncate('month', date($from))) AND ($to IS NULL OR ${d}.month <= date($to)) END)`;

/** The GraphFilter on a node: kinds, event kinds, date range, undated or not. */
export const nodeFilter = (m: string) =>
  `($kindLabels IS NULL OR any(l IN labels(${m}) WHERE l IN $kindLabels))
   AND ($eventLabels IS NULL OR NOT ${m}:Event OR any(l IN labels(${m}) WHERE l IN $eventLabels))
   AND ${inFilterRange(m)}`;

/**
 * Resolves the Source nodes named by evidence lists in one pass at the end of a statement.
 * `lists` is a Cypher expression giving a list of evidenceSources lists.
 */
export const sources = (imports: string, lists: string) => `
CALL {
  WITH ${imports}
  UNWIND ${lists} AS ids
  UNWIND coalesce(ids, []) AS sid
  WITH DISTINCT sid
  MATCH (s:Source {id: sid})
  RETURN collect(s {.id, .title, .publisher, .url}) AS sources
}`;
