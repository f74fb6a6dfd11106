// dyad: everything between two countries: the per-year and per-month summary (from the dyad
// aggregates), the agreements both are party to during the range, their most recent shared
// events, and the arms transfers between them (DYAD_TRANSFERS per year, and the transfers).
import { entityProjection, toEntity, type EntityRowData, type EntityWants } from './entity-rows.ts';
import { statementCache } from './statement-cache.ts';
import { bucketFirst, bucketInRange, bucketLast, inRange, relInRange } from './fragments.ts';
import { dyadTimeline, type Bucket, type TransferBucket } from './dyad-timeline.ts';
import type { Reader } from './reader.ts';

/** Most shared events a dyad lists (newest first); `eventCount` gives the total. */
export const DYAD_EVENTS = 100;

const COUNTERS = [
  'events',
  'meetings',
  'exercises',
  'incidents',
  'statements',
  'cooperations',
] as const;

/** The parts of a dyad's answer, each read only when the selection asks for it. */
export interface DyadParts {
  /** The time axis (counts, first/last, years, months): buckets, agreements, transfer buckets. */
  timeline: boolean;
  agreements: boolean;
  events: boolean;
  transferCount: boolean;
  transfers: boolean;
}

/** What the selection asks of the two countries, the events and the agreements. */
export interface DyadWants {
  a: EntityWants;
  b: EntityWants;
  events: EntityWants;
  agreements: EntityWants;
  transfers: EntityWants;
  parts: DyadParts;
}

/** The Dyad fields each part serves; a part none of whose fields is selected is not read. */
const TIMELINE_FIELDS = [
  'eventCount',
  'goldsteinSum',
  'first',
  'last',
  'undatedEvents',
  'years',
  'months',
];

export function dyadParts(selected: ReadonlySet<string>): DyadParts {
  const timeline = TIMELINE_FIELDS.some((f) => selected.has(f));
  return {
    timeline,
    agreements: timeline || selected.has('agreements'),
    events: selected.has('events'),
    transferCount: selected.has('transferCount'),
    transfers: selected.has('transfers'),
  };
}

/** A part's subquery when it is asked for; otherwise nothing is read and `empty` stands in. */
const part = (asked: boolean, call: string) => (asked ? call : '');
const value = (asked: boolean, name: string, empty: string) =>
  asked ? name : `${empty} AS ${name}`;

/** Most arms transfers a dyad lists (newest order first); `transferCount` gives the total. */
export const DYAD_TRANSFERS_LISTED = 100;

export const dyadCypher = statementCache(
  (wants: DyadWants) => `
OPTIONAL MATCH (a:Country {iso3: $a})
OPTIONAL MATCH (b:Country {iso3: $b})
${part(
  wants.parts.timeline,
  `CALL {
  WITH a, b
  MATCH (a)-[d:DYAD_MONTH]-(b)
  WHERE ${bucketInRange('d')}
  RETURN collect(d {.month, .until, ${COUNTERS.map((c) => `.${c}`).join(', ')}, .goldsteinSum,
                    quadClasses: [coalesce(d.quad1, 0), coalesce(d.quad2, 0), coalesce(d.quad3, 0), coalesce(d.quad4, 0)],
                    first: ${bucketFirst('d')}, last: ${bucketLast('d')}}) AS buckets
}`,
)}
${part(
  wants.parts.agreements,
  `CALL {
  WITH a, b
  MATCH (a)-[pa:PARTY_TO]->(g:Agreement)<-[pb:PARTY_TO]-(b)
  WHERE ${inRange('g')} AND ${relInRange('pa')} AND ${relInRange('pb')}
  WITH DISTINCT g ORDER BY g.date DESC, g.id DESC
  RETURN collect(${entityProjection('g', wants.agreements)}) AS agreementRows
}`,
)}
${part(
  wants.parts.events,
  `CALL {
  // From the country with fewer events (its degree is stored, not counted), each of its
  // events checked for the other: USA–CHN walks China's events, not the far more of the US.
  WITH a, b
  WITH CASE WHEN COUNT { (a)-[:PARTICIPATED_IN]->() } <= COUNT { (b)-[:PARTICIPATED_IN]->() } THEN [a, b] ELSE [b, a] END AS ends
  WITH ends[0] AS fewer, ends[1] AS more
  MATCH (fewer)-[:PARTICIPATED_IN]->(e:Event)
  WHERE ${inRange('e')} AND EXISTS { (e)<-[:PARTICIPATED_IN]-(more) }
  WITH DISTINCT e ORDER BY e.date DESC, e.id DESC LIMIT ${DYAD_EVENTS}
  RETURN collect(${entityProjection('e', wants.events)}) AS eventRows
}`,
)}
${part(
  wants.parts.timeline,
  `CALL {
  WITH a, b
  MATCH (a)-[t:DYAD_TRANSFERS]-(b)
  WHERE ${bucketInRange('t')}
  RETURN collect(t {.month, .transfers, .tivDelivered}) AS transferBuckets
}`,
)}
${part(
  wants.parts.transferCount,
  `CALL {
  // Every transfer between them, either way: one party SUPPLIED it, the other RECEIVED it.
  WITH a, b
  MATCH (a)-[:SUPPLIED|RECEIVED]->(t:ArmsTransfer)<-[:SUPPLIED|RECEIVED]-(b)
  WHERE ${inRange('t')}
  RETURN count(DISTINCT t) AS transferCount
}`,
)}
${part(
  wants.parts.transfers,
  `CALL {
  WITH a, b
  MATCH (a)-[:SUPPLIED|RECEIVED]->(t:ArmsTransfer)<-[:SUPPLIED|RECEIVED]-(b)
  WHERE ${inRange('t')}
  WITH DISTINCT t ORDER BY t.date DESC, t.id DESC LIMIT ${DYAD_TRANSFERS_LISTED}
  RETURN collect(${entityProjection('t', wants.transfers)}) AS transferRows
}`,
)}
RETURN a IS NOT NULL AS foundA, b IS NOT NULL AS foundB,
       CASE WHEN a IS NOT NULL THEN ${entityProjection('a', wants.a)} END AS rowA,
       CASE WHEN b IS NOT NULL THEN ${entityProjection('b', wants.b)} END AS rowB,
       ${value(wants.parts.timeline, 'buckets', '[]')}, ${value(wants.parts.agreements, 'agreementRows', '[]')},
       ${value(wants.parts.events, 'eventRows', '[]')}, ${value(wants.parts.timeline, 'transferBuckets', '[]')},
       ${value(wants.parts.transferCount, 'transferCount', '0')}, ${value(wants.parts.transfers, 'transferRows', '[]')}`,
);

export interface DyadArgs {
  a: string;
  b: string;
  from: string | null;
  to: string | null;
}

export async function dyad(
  reader: Reader,
  args: DyadArgs & { wants: DyadWants; wantsParams: Record<string, number>; relTypes: string[] },
) {
  const { wants, wantsParams, ...rest } = args;
  const [row] = await reader.read(dyadCypher(wants), {
    ...rest,
    ...wantsParams,
    includeUndated: true,
  });
  const entities = (key: string) => ((row?.[key] as EntityRowData[]) ?? []).map(toEntity);
  const agreements = entities('agreementRows');
  return {
    foundA: Boolean(row?.foundA),
    foundB: Boolean(row?.foundB),
    a: row?.rowA ? toEntity(row.rowA as EntityRowData) : undefined,
    b: row?.rowB ? toEntity(row.rowB as EntityRowData) : undefined,
    ...dyadTimeline(
      (row?.buckets as Bucket[]) ?? [],
      agreements as Record<string, unknown>[],
      args.to,
      (row?.transferBuckets as TransferBucket[]) ?? [],
    ),
    agreements,
    events: entities('eventRows'),
    transferCount: Number(row?.transferCount ?? 0),
    transfers: entities('transferRows'),
  };
}
