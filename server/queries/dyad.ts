// dyad: everything between two countries: the per-year and per-month summary (from the dyad
// aggregates), the agreements both are party to during the range, and their most recent shared
// events.
import { indexSources } from './convert.ts';
import { entityRow, rowEvidenceLists, toEntity, type EntityRowData } from './entity-rows.ts';
import {
  bucketFirst,
  bucketInRange,
  bucketLast,
  inRange,
  relInRange,
  sources,
} from './fragments.ts';
import { dyadTimeline, type Bucket } from './dyad-timeline.ts';
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

export const dyadCypher = `
OPTIONAL MATCH (a:Country {iso3: $a})
OPTIONAL MATCH (b:Country {iso3: $b})
CALL {
  WITH a, b
  MATCH (a)-[d:DYAD_MONTH]-(b)
  WHERE ${bucketInRange('d')}
  RETURN collect(d {.month, .until, ${COUNTERS.map((c) => `.${c}`).join(', ')}, .goldsteinSum,
                    quadClasses: [coalesce(d.quad1, 0), coalesce(d.quad2, 0), coalesce(d.quad3, 0), coalesce(d.quad4, 0)],
                    first: ${bucketFirst('d')}, last: ${bucketLast('d')}}) AS buckets
}
CALL {
  WITH a, b
  MATCH (a)-[pa:PARTY_TO]->(g:Agreement)<-[pb:PARTY_TO]-(b)
  WHERE ${inRange('g')} AND ${relInRange('pa')} AND ${relInRange('pb')}
  WITH DISTINCT g ORDER BY g.date DESC, g.id DESC
  WITH g AS n, [] AS relations
  RETURN collect(${entityRow('n')}) AS agreementRows
}
CALL {
  WITH a, b
  MATCH (a)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(b)
  WHERE ${inRange('e')}
  WITH DISTINCT e ORDER BY e.date DESC, e.id DESC LIMIT ${DYAD_EVENTS}
  WITH e AS n, [] AS relations
  RETURN collect(${entityRow('n')}) AS eventRows
}
WITH a, b, buckets, agreementRows, eventRows, agreementRows + eventRows AS rows
${sources('a, b, buckets, agreementRows, eventRows, rows', `${rowEvidenceLists('rows')} + [a.evidenceSources, b.evidenceSources]`)}
WITH a, b, buckets, agreementRows, eventRows, sources, [x IN [a, b] WHERE x IS NOT NULL | {node: {id: x.id, labels: labels(x), props: properties(x)}, participants: [], place: null, parties: [], relations: []}] AS countryRows
RETURN a IS NOT NULL AS foundA, b IS NOT NULL AS foundB, countryRows, buckets, agreementRows, eventRows, sources`;

export interface DyadArgs {
  a: string;
  b: string;
  from: string | null;
  to: string | null;
}

export async function dyad(reader: Reader, args: DyadArgs) {
  const [row] = await reader.read(dyadCypher, { ...args, includeUndated: true });
  const index = indexSources(row?.sources);
  const entities = (key: string) =>
    ((row?.[key] as EntityRowData[]) ?? []).map((r) => toEntity(r, index));
  const [countryA, countryB] = entities('countryRows');
  const agreements = entities('agreementRows');
  return {
    foundA: Boolean(row?.foundA),
    foundB: Boolean(row?.foundB),
    a: countryA,
    b: countryB,
    ...dyadTimeline(
      (row?.buckets as Bucket[]) ?? [],
      agreements as Record<string, unknown>[],
      args.to,
    ),
    agreements,
    events: entities('eventRows'),
  };
}
