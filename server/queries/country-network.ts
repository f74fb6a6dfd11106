// countryNetwork: countries joined by weighted edges that sum their shared events, count the
// agreements both are party to during the range and sum the arms transfers between them (count,
// supplier direction and TIV), read from the dyad aggregates alone (all time from DYAD_TOTAL, whole
// years from DYAD_YEAR, the rest of a partly covered year from DYAD_MONTH, agreements from
// DYAD_AGREEMENTS, transfers from DYAD_TRANSFERS; db/write/), so the cost grows with the pairs and
// years, never with the events. The researcher steers it: which families, their weights, which event kinds, CAMEO
// roots and quad classes, a minimum weight. Node properties and the edges' evidence are read
// only when selected (graph-wants.ts).
import type { Graph, GraphEdge } from '../../schema/graph.ts';
import { evidenceOf, formatDate, indexSources, toGraphNode, type RawNode } from './convert.ts';
import { bucketEnd, bucketFirst, bucketInRange, bucketLast } from './fragments.ts';
import { sourcesOf } from './graph-result.ts';
import { nodeOf, WHOLE_GRAPH, type GraphWants } from './graph-wants.ts';
import { bucketPeriods } from './network-periods.ts';
import type { Reader } from './reader.ts';
import { statementCache } from './statement-cache.ts';

/** Counter properties of a bucket, by the Event label they count (db/write/dyad-aggregates.ts). */
const KIND_COUNTERS = {
  Meeting: 'meetings',
  Exercise: 'exercises',
  Incident: 'incidents',
  Statement: 'statements',
  Cooperation: 'cooperations',
} as const;
const COUNTERS = Object.values(KIND_COUNTERS);
const QUADS = ['quadClass1', 'quadClass2', 'quadClass3', 'quadClass4'];
const EVENT_COLUMNS = ['events', 'goldsteinSum', ...COUNTERS, ...QUADS];

/**
 * How a bucket's events are counted: `totals` sums its counters (every event kind, root and
 * quad class); `cells` sums only the cells (kind, root, quad class) the filter selects.
 */
export type EventMode = 'totals' | 'cells';

const cellSelected = (c: string) =>
  `split(${c}, '|')[0] IN $kindLabels AND ($cameoRoots IS NULL OR split(${c}, '|')[1] IN $cameoRoots) AND ($quadClasses IS NULL OR split(${c}, '|')[2] IN $quadClasses)`;

const sumCells = (condition: (c: string) => string, values = 'd.cellEvents', zero = '0') =>
  `sum(reduce(s = ${zero}, i IN sel | s + CASE WHEN ${condition('d.cells[i]')} THEN ${values}[i] ELSE ${zero} END))`;

const eventSums: Record<EventMode, string> = {
  totals: `sum(d.events) AS events, sum(d.goldsteinSum) AS goldsteinSum,
       ${COUNTERS.map((c) => `sum(d.${c}) AS ${c}`).join(', ')},
       ${QUADS.map((q, i) => `sum(coalesce(d.quad${i + 1}, 0)) AS ${q}`).join(', ')}`,
  cells: `${sumCells(() => 'true')} AS events, ${sumCells(() => 'true', 'd.cellGoldstein', '0.0')} AS goldsteinSum,
       ${Object.entries(KIND_COUNTERS)
         .map(([label, c]) => `${sumCells((x) => `${x} STARTS WITH '${label}|'`)} AS ${c}`)
         .join(',\n       ')},
       ${QUADS.map((q, i) => `${sumCells((x) => `${x} ENDS WITH '|${i + 1}'`)} AS ${q}`).join(',\n       ')}`,
};

const bucketSelection: Record<EventMode, string> = {
  totals: 'WITH a, b, d',
  cells: `WITH a, b, d, [i IN range(0, size(coalesce(d.cells, [])) - 1) WHERE ${cellSelected('d.cells[i]')}] AS sel
  WHERE size(sel) > 0`,
};

/** The earliest of [date, precision] pairs, or the latest (by the first element). */
const pick = (list: string, order: '<' | '>') =>
  `reduce(best = null, x IN ${list} | CASE WHEN best IS NULL OR x[0] ${order} best[0] THEN x ELSE best END)`;

const NO_EVENTS = `0 AS events, 0.0 AS goldsteinSum, ${[...COUNTERS, ...QUADS].map((c) => `0 AS ${c}`).join(', ')},
         null AS firstMonth, null AS lastMonth, null AS firstEvent, null AS lastEvent, [] AS sampleEventIds`;
const NO_AGREEMENTS = `[] AS agreementIds, null AS firstAgreement, null AS lastAgreement, 0 AS agreementsInForce`;
/** The arms-transfer columns (DYAD_TRANSFERS, db/write/transfer-aggregates.ts). */
const TRANSFER_COLUMNS = [
  'transfers',
  'transfersFromSource',
  'transfersFromTarget',
  'tivOrdered',
  'tivDelivered',
];
const NO_TRANSFERS = `0 AS transfers, 0 AS transfersFromSource, 0 AS transfersFromTarget, 0.0 AS tivOrdered, 0.0 AS tivDelivered,
         null AS firstTransferYear, null AS lastTransferYear, [] AS sampleTransferIds`;

/**
 * The buckets of the range (network-periods.ts), each part a test an index serves: the whole
 * years, the undated buckets, the months of partly covered years and those years' buckets of
 * events dated only by the year.
 */
const RANGE_BUCKETS = `
  CALL {
    MATCH (a:Country)-[d:DYAD_YEAR]->(b:Country)
    WHERE $withEvents AND d.year >= $firstYear AND d.year <= $lastYear
    RETURN a, b, d
    UNION ALL
    MATCH (a:Country)-[d:DYAD_YEAR]->(b:Country)
    WHERE $withEvents AND $includeUndated AND d.undated = true
    RETURN a, b, d
    UNION ALL
    UNWIND $monthSpans AS span
    MATCH (a:Country)-[d:DYAD_MONTH]->(b:Country)
    WHERE $withEvents AND d.month >= date(span.from) AND d.month <= date(span.to) AND d.until IS NULL
    RETURN a, b, d
    UNION ALL
    UNWIND $edgeYears AS year
    MATCH (a:Country)-[d:DYAD_MONTH]->(b:Country)
    WHERE $withEvents AND d.month = date(year) AND d.until IS NOT NULL
    RETURN a, b, d
  }`;

/** With no date range: each pair's all-time bucket and, unless left out, its undated one. */
const ALL_TIME_BUCKETS = `
  MATCH (a:Country)-[d:DYAD_TOTAL]->(b:Country)
  WHERE $withEvents AND ($includeUndated OR d.undated IS NULL)`;

/**
 * Per pair, the agreements of its aggregate in force during the range (as the agreement's own
 * period and both memberships overlap it; db/write/agreement-pairs.ts), as a list of indexes.
 */
const SELECTED_AGREEMENTS = `[i IN range(0, size(d.agreementIds) - 1) WHERE
         CASE WHEN d.dated[i] THEN ($from IS NULL OR d.ends[i] >= date($from)) AND ($to IS NULL OR d.dates[i] <= date($to))
              ELSE $includeUndated END
         AND ($from IS NULL OR (d.aTo[i] >= date($from) AND d.bTo[i] >= date($from)))
         AND ($to IS NULL OR (d.aFrom[i] <= date($to) AND d.bFrom[i] <= date($to)))]`;

interface NetworkShape {
  mode: EventMode;
  /** No date range: the all-time buckets, else those of the range. */
  allTime: boolean;
  wants: GraphWants;
}

const cached = statementCache(({ mode, allTime, wants }: NetworkShape) => {
  const nodeLists = wants.nodes?.evidence ? ['[c IN countries | c.evidenceSources]'] : [];
  if (wants.edges?.evidence)
    nodeLists.push('reduce(acc = [], p IN pairs | acc + [x IN p.summarised | x.evidenceSources])');
  const found = sourcesOf('pairs, countries', nodeLists.length ? nodeLists.join(' + ') : null);
  // The evidence of a derived edge: a few of the agreements and events it summarises.
  const summarised = wants.edges?.evidence
    ? `
CALL {
  WITH pair
  UNWIND (coalesce(pair.agreementIds, [])[0..3] + coalesce(pair.sampleEventIds, [])[0..3]
          + coalesce(pair.sampleTransferIds, [])[0..3]) AS xid
  MATCH (x:Event|Agreement|ArmsTransfer {id: xid})
  RETURN collect(x {.evidenceSources, .evidenceQuotes}) AS summarised
}`
    : `
WITH totalEdges, pair, [] AS summarised`;
  return `
CALL {${allTime ? ALL_TIME_BUCKETS : RANGE_BUCKETS}
  ${bucketSelection[mode]}
  WITH a, b, ${eventSums[mode]},
       min(coalesce(d.firstMonth, d.month)) AS firstMonth, max(coalesce(d.lastMonth, ${bucketEnd('d')})) AS lastMonth,
       ${pick(`collect(${bucketFirst('d')})`, '<')} AS firstEvent,
       ${pick(`collect(${bucketLast('d')})`, '>')} AS lastEvent,
       reduce(acc = [], s IN collect(d.sampleEvents)[0..10] | acc + coalesce(s, []))[0..10] AS sampleEventIds
  WHERE events > 0
  RETURN a, b, ${EVENT_COLUMNS.join(', ')}, firstMonth, lastMonth, firstEvent, lastEvent, sampleEventIds, ${NO_AGREEMENTS}, ${NO_TRANSFERS}
  UNION ALL
  MATCH (a:Country)-[d:DYAD_AGREEMENTS]->(b:Country)
  WHERE $withAgreements
  WITH a, b, d, ${SELECTED_AGREEMENTS} AS sel
  WHERE size(sel) > 0
  // The latest start or end: an agreement still in force counts by its start.
  RETURN a, b, ${NO_EVENTS}, [i IN sel | d.agreementIds[i]] AS agreementIds,
         ${pick('[i IN sel WHERE d.dated[i] | [d.dates[i], d.precisions[i]]]', '<')} AS firstAgreement,
         ${pick('[i IN sel WHERE d.dated[i] | [d.lastDates[i], d.lastPrecisions[i]]]', '>')} AS lastAgreement,
         reduce(n = 0, i IN sel | n + d.inForce[i]) AS agreementsInForce, ${NO_TRANSFERS}
  UNION ALL
  // Arms transfers by pair and year of order; a transfer counts in the range its order year overlaps.
  MATCH (a:Country)-[t:DYAD_TRANSFERS]->(b:Country)
  WHERE $withTransfers AND ${bucketInRange('t')}
  WITH a, b, sum(t.transfers) AS transfers, sum(t.fromLowerCode) AS transfersFromSource,
       sum(t.fromHigherCode) AS transfersFromTarget, sum(t.tivOrdered) AS tivOrdered, sum(t.tivDelivered) AS tivDelivered,
       min(t.month.year) AS firstTransferYear, max(coalesce(t.lastYear, t.month.year)) AS lastTransferYear,
       reduce(acc = [], s IN collect(t.sampleTransfers)[0..3] | acc + coalesce(s, []))[0..3] AS sampleTransferIds
  WHERE transfers > 0
  RETURN a, b, ${NO_EVENTS}, ${NO_AGREEMENTS}, transfers, transfersFromSource, transfersFromTarget, tivOrdered, tivDelivered,
         firstTransferYear, lastTransferYear, sampleTransferIds
}
WITH a, b, ${EVENT_COLUMNS.map((c) => `sum(${c}) AS ${c}`).join(', ')},
     min(firstMonth) AS firstMonth, max(lastMonth) AS lastMonth,
     head(collect(firstEvent)) AS firstEvent, head(collect(lastEvent)) AS lastEvent,
     head(collect(firstAgreement)) AS firstAgreement, head(collect(lastAgreement)) AS lastAgreement,
     sum(agreementsInForce) AS agreementsInForce,
     reduce(acc = [], s IN collect(sampleEventIds) | acc + s) AS sampleEventIds,
     reduce(acc = [], s IN collect(agreementIds) | acc + s) AS agreementIds,
     ${TRANSFER_COLUMNS.map((c) => `sum(${c}) AS ${c}`).join(', ')},
     min(firstTransferYear) AS firstTransferYear, max(lastTransferYear) AS lastTransferYear,
     reduce(acc = [], s IN collect(sampleTransferIds) | acc + s) AS sampleTransferIds
WITH a, b, ${EVENT_COLUMNS.join(', ')}, firstMonth, lastMonth, firstEvent, lastEvent, firstAgreement,
     lastAgreement, agreementsInForce, sampleEventIds, agreementIds,
     ${TRANSFER_COLUMNS.join(', ')}, firstTransferYear, lastTransferYear, sampleTransferIds,
     events * $eventWeight + size(agreementIds) * $agreementWeight
       + transfers * $transferWeight + tivDelivered * $tivWeight AS weight
WHERE weight > 0 AND ($minWeight IS NULL OR weight >= $minWeight)
ORDER BY weight DESC, a.iso3, b.iso3
WITH collect({a: a, b: b, weight: weight, ${EVENT_COLUMNS.map((c) => `${c}: ${c}`).join(', ')},
              firstMonth: firstMonth, lastMonth: lastMonth, firstEvent: firstEvent, lastEvent: lastEvent,
              firstAgreement: firstAgreement, lastAgreement: lastAgreement,
              agreementsInForce: agreementsInForce, agreements: size(agreementIds),
              agreementIds: agreementIds[0..20], sampleEventIds: sampleEventIds[0..10],
              ${TRANSFER_COLUMNS.map((c) => `${c}: ${c}`).join(', ')},
              firstTransferYear: firstTransferYear, lastTransferYear: lastTransferYear,
              sampleTransferIds: sampleTransferIds[0..10]}) AS ranked
WITH size(ranked) AS totalEdges, ranked[0..$limit] AS top
UNWIND (CASE WHEN size(top) = 0 THEN [null] ELSE top END) AS pair${summarised}
WITH totalEdges, collect(CASE WHEN pair IS NOT NULL THEN pair {.*, a: pair.a.id, b: pair.b.id, summarised: summarised} END) AS pairs,
     collect(DISTINCT pair.a) + collect(DISTINCT pair.b) AS countries
UNWIND (CASE WHEN size(countries) = 0 THEN [null] ELSE countries END) AS c
WITH totalEdges, pairs, collect(DISTINCT c) AS countries
${found.block}
RETURN totalEdges, pairs, [c IN countries | ${nodeOf('c', wants.nodes)}] AS nodes, ${found.column}`;
});

/** The statement for an event mode and a selection (the text never holds a value). */
export function countryNetworkCypher(
  mode: EventMode,
  allTime: boolean,
  wants: GraphWants = WHOLE_GRAPH,
): string {
  return cached({ mode, allTime, wants });
}

export interface CountryNetworkArgs {
  from: string | null;
  to: string | null;
  includeUndated: boolean;
  /** Event labels counted (all five unless filtered). */
  kindLabels: string[];
  cameoRoots: string[] | null;
  /** Quad classes as the strings the bucket cells hold ('1' … '4'). */
  quadClasses: string[] | null;
  withEvents: boolean;
  withAgreements: boolean;
  withTransfers: boolean;
  eventWeight: number;
  agreementWeight: number;
  /** Weight of one arms transfer. */
  transferWeight: number;
  /** Weight of one million SIPRI TIV of delivered weapons. */
  tivWeight: number;
  minWeight: number | null;
  /** Most edges returned, heaviest first; beyond it the graph is truncated. */
  limit: number;
  /** What the operation selects of the graph. */
  wants: GraphWants;
}

/** Whether the filter asks for fewer events than every kind, root and quad class. */
export function eventMode(args: CountryNetworkArgs): EventMode {
  const allKinds = Object.keys(KIND_COUNTERS).every((label) => args.kindLabels.includes(label));
  return allKinds && !args.cameoRoots && !args.quadClasses ? 'totals' : 'cells';
}

type Dated = [unknown, string] | null;
type DatedEnd = [unknown, unknown, string] | null;

interface Pair extends Record<string, unknown> {
  a: string;
  b: string;
  weight: number;
  firstMonth: unknown;
  lastMonth: unknown;
  firstEvent: Dated;
  lastEvent: DatedEnd;
  firstAgreement: Dated;
  lastAgreement: Dated;
  firstTransferYear: number | null;
  lastTransferYear: number | null;
  summarised: Record<string, unknown>[];
}

const reduced = (d: Dated) => (d ? formatDate(d[0], d[1]) : null);

/** The true first and last dates of what an edge summarises, per family and over all. */
function edgeDates(pair: Pair) {
  const firstEvent: Dated = pair.firstEvent ? [pair.firstEvent[0], pair.firstEvent[1]] : null;
  const lastEvent: Dated = pair.lastEvent ? [pair.lastEvent[1], pair.lastEvent[2]] : null;
  const iso = (d: unknown) => String(d).slice(0, 10);
  const year = (y: number | null): Dated =>
    y === null || y === undefined ? null : [`${y}-01-01`, 'YEAR'];
  const firstTransfer = year(pair.firstTransferYear);
  const lastTransfer = year(pair.lastTransferYear);
  // Compared by the first day of the first fact and the last day of the last one.
  const firsts = [firstEvent, pair.firstAgreement, firstTransfer].filter(
    (d): d is [unknown, string] => !!d,
  );
  const first = firsts.sort((x, y) => iso(x[0]).localeCompare(iso(y[0])))[0] ?? null;
  const lasts: [string, Dated][] = [];
  if (pair.lastEvent) lasts.push([iso(pair.lastEvent[0]), lastEvent]);
  if (pair.lastAgreement) lasts.push([iso(pair.lastAgreement[0]), pair.lastAgreement]);
  if (lastTransfer) lasts.push([`${pair.lastTransferYear}-12-31`, lastTransfer]);
  const last = lasts.sort((x, y) => y[0].localeCompare(x[0]))[0]?.[1] ?? null;
  return {
    firstEventDate: reduced(firstEvent),
    firstEventPrecision: firstEvent?.[1] ?? null,
    lastEventDate: reduced(lastEvent),
    lastEventPrecision: lastEvent?.[1] ?? null,
    firstAgreementDate: reduced(pair.firstAgreement),
    firstAgreementPrecision: pair.firstAgreement?.[1] ?? null,
    lastAgreementDate: reduced(pair.lastAgreement),
    lastAgreementPrecision: pair.lastAgreement?.[1] ?? null,
    firstTransferDate: reduced(firstTransfer),
    firstTransferPrecision: firstTransfer?.[1] ?? null,
    lastTransferDate: reduced(lastTransfer),
    lastTransferPrecision: lastTransfer?.[1] ?? null,
    firstDate: reduced(first),
    firstPrecision: first?.[1] ?? null,
    lastDate: reduced(last),
    lastPrecision: last?.[1] ?? null,
  };
}

export async function countryNetwork(reader: Reader, args: CountryNetworkArgs): Promise<Graph> {
  const { wants, ...params } = args;
  const [row] = await reader.read(
    countryNetworkCypher(eventMode(args), args.from === null && args.to === null, wants),
    {
      ...params,
      ...bucketPeriods(args.from, args.to),
    },
  );
  const index = indexSources(row?.sources);
  const pairs = (row?.pairs as Pair[]) ?? [];
  const totalEdges = Number(row?.totalEdges ?? 0);
  const degree = new Map<string, number>();
  const edges: GraphEdge[] = pairs.map((pair) => {
    const { a, b, weight, summarised, firstMonth, lastMonth, ...counts } = pair;
    degree.set(a, (degree.get(a) ?? 0) + 1);
    degree.set(b, (degree.get(b) ?? 0) + 1);
    const properties: Record<string, unknown> = { ...counts };
    for (const key of [
      'firstEvent',
      'lastEvent',
      'firstAgreement',
      'lastAgreement',
      'firstTransferYear',
      'lastTransferYear',
    ])
      delete properties[key];
    return {
      id: `${a}|DYAD|${b}`,
      source: a,
      target: b,
      type: 'DYAD',
      weight,
      properties: {
        ...(properties as Record<string, number | string[]>),
        firstMonth: formatDate(firstMonth, 'MONTH'),
        lastMonth: formatDate(lastMonth, 'MONTH'),
        ...edgeDates(pair),
      },
      evidence: summarised.flatMap((x) => evidenceOf(x, index)),
    };
  });
  const nodes = ((row?.nodes as RawNode[]) ?? [])
    .filter((n) => degree.has(n.id))
    .map((n) => {
      const graphNode = toGraphNode(n, index);
      graphNode.properties.degree = degree.get(n.id) ?? 0;
      return graphNode;
    });
  return { nodes, edges, truncated: totalEdges > args.limit, totalEdges };
}
