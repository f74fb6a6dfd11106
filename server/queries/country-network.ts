// countryNetwork: countries joined by weighted edges that sum their shared events (from the
// monthly DYAD_MONTH aggregates, so the cost does not grow with the number of events) and
// count the agreements both are party to during the range.
import type { Graph, GraphEdge } from '../../schema/graph.ts';
import { evidenceOf, formatDate, indexSources, toGraphNode, type RawNode } from './convert.ts';
import { bucketEnd, bucketInRange, inRange, node, relInRange, sources } from './fragments.ts';
import type { Reader } from './reader.ts';

const EVENT_COUNTERS = {
  MEETING: 'meetings',
  EXERCISE: 'exercises',
  INCIDENT: 'incidents',
  STATEMENT: 'statements',
  COOPERATION: 'cooperations',
} as const;

export const countryNetworkCypher = `
CALL {
  MATCH (a:Country)-[d:DYAD_MONTH]->(b:Country)
  WHERE $withEvents AND ${bucketInRange('d')}
  // Sum every counter per pair first; the selected kinds are picked once per pair, not per month.
  WITH a, b, sum(d.goldsteinSum) AS goldsteinSum,
       ${Object.values(EVENT_COUNTERS)
         .map((counter) => `sum(d.${counter}) AS ${counter}`)
         .join(', ')},
       min(d.month) AS firstMonth, max(${bucketEnd('d')}) AS lastMonth,
       reduce(acc = [], s IN collect(d.sampleEvents)[0..10] | acc + coalesce(s, []))[0..10] AS sampleEventIds
  WITH a, b, goldsteinSum, ${Object.values(EVENT_COUNTERS).join(', ')}, firstMonth, lastMonth, sampleEventIds,
       ${Object.entries(EVENT_COUNTERS)
         .map(([kind, counter]) => `CASE WHEN '${kind}' IN $eventKinds THEN ${counter} ELSE 0 END`)
         .join(' + ')} AS events
  WHERE events > 0
  RETURN a, b, events, goldsteinSum, ${Object.values(EVENT_COUNTERS).join(', ')},
         firstMonth, lastMonth, sampleEventIds, [] AS agreementIds
  UNION ALL
  // Each agreement's parties in ISO3 order, paired once each (a self-join of PARTY_TO would make
  // every ordered pair and throw half away).
  MATCH (c:Country)-[p:PARTY_TO]->(g:Agreement)
  WHERE $withAgreements AND c.iso3 IS NOT NULL AND ${inRange('g')} AND ${relInRange('p')}
  WITH g, c ORDER BY c.iso3
  WITH g, collect(DISTINCT c) AS parties
  UNWIND range(0, size(parties) - 2) AS i
  UNWIND range(i + 1, size(parties) - 1) AS j
  WITH parties[i] AS a, parties[j] AS b, g
  WITH a, b, collect(DISTINCT g.id) AS agreementIds
  RETURN a, b, 0 AS events, 0.0 AS goldsteinSum, ${Object.values(EVENT_COUNTERS)
    .map((c) => `0 AS ${c}`)
    .join(', ')},
         null AS firstMonth, null AS lastMonth, [] AS sampleEventIds, agreementIds
}
WITH a, b, sum(events) AS events, sum(goldsteinSum) AS goldsteinSum,
     ${Object.values(EVENT_COUNTERS)
       .map((c) => `sum(${c}) AS ${c}`)
       .join(', ')},
     min(firstMonth) AS firstMonth, max(lastMonth) AS lastMonth,
     reduce(acc = [], s IN collect(sampleEventIds) | acc + s) AS sampleEventIds,
     reduce(acc = [], s IN collect(agreementIds) | acc + s) AS agreementIds
WITH a, b, events, goldsteinSum, ${Object.values(EVENT_COUNTERS).join(', ')}, firstMonth, lastMonth,
     sampleEventIds, agreementIds, events + size(agreementIds) AS weight
ORDER BY weight DESC, a.iso3, b.iso3
LIMIT $limit + 1
// The evidence of a derived edge: a few of the agreements and events it summarises.
CALL {
  WITH agreementIds, sampleEventIds
  UNWIND (agreementIds[0..3] + sampleEventIds[0..3]) AS xid
  MATCH (x:Event|Agreement {id: xid})
  RETURN collect(x {.evidenceSources, .evidenceQuotes}) AS summarised
}
WITH collect({a: a.id, b: b.id, weight: weight, events: events, goldsteinSum: goldsteinSum,
              ${Object.values(EVENT_COUNTERS)
                .map((c) => `${c}: ${c}`)
                .join(', ')},
              firstMonth: firstMonth, lastMonth: lastMonth, agreements: size(agreementIds),
              agreementIds: agreementIds[0..20], sampleEventIds: sampleEventIds[0..10],
              summarised: summarised}) AS pairs,
     collect(DISTINCT a) + collect(DISTINCT b) AS countries
UNWIND (CASE WHEN size(countries) = 0 THEN [null] ELSE countries END) AS c
WITH pairs, collect(DISTINCT c) AS countries
${sources('pairs, countries', `[c IN countries | c.evidenceSources] + reduce(acc = [], p IN pairs | acc + [x IN p.summarised | x.evidenceSources])`)}
RETURN pairs, [c IN countries | ${node('c')}] AS nodes, sources`;

export interface CountryNetworkArgs {
  from: string | null;
  to: string | null;
  eventKinds: string[];
  withEvents: boolean;
  withAgreements: boolean;
  /** Most edges returned, heaviest first; beyond it the graph is truncated. */
  limit: number;
}

interface Pair extends Record<string, unknown> {
  a: string;
  b: string;
  weight: number;
  summarised: Record<string, unknown>[];
}

export async function countryNetwork(reader: Reader, args: CountryNetworkArgs): Promise<Graph> {
  const [row] = await reader.read(countryNetworkCypher, args);
  const index = indexSources(row?.sources);
  const pairs = (row?.pairs as Pair[]) ?? [];
  const truncated = pairs.length > args.limit;
  const degree = new Map<string, number>();
  const edges: GraphEdge[] = pairs
    .slice(0, args.limit)
    .map(({ a, b, weight, summarised, firstMonth, lastMonth, ...counts }) => {
      degree.set(a, (degree.get(a) ?? 0) + 1);
      degree.set(b, (degree.get(b) ?? 0) + 1);
      return {
        id: `${a}|DYAD|${b}`,
        source: a,
        target: b,
        type: 'DYAD',
        weight,
        properties: {
          ...(counts as Record<string, number | string[]>),
          firstMonth: formatDate(firstMonth, 'MONTH'),
          lastMonth: formatDate(lastMonth, 'MONTH'),
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
  return { nodes, edges, truncated };
}
