// dyad: everything between two countries: the per-year summary (from the monthly aggregates),
// the agreements both are party to during the range, and their most recent shared events.
import { indexSources } from './convert.ts';
import { entityRow, rowEvidenceLists, toEntity, type EntityRowData } from './entity-rows.ts';
import { bucketInRange, inRange, relInRange, sources } from './fragments.ts';
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
  WITH d.month.year AS year, ${COUNTERS.map((c) => `sum(d.${c}) AS ${c}`).join(', ')}, sum(d.goldsteinSum) AS goldsteinSum
  RETURN collect({year: year, ${COUNTERS.map((c) => `${c}: ${c}`).join(', ')}, goldsteinSum: goldsteinSum}) AS years
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
WITH a, b, years, agreementRows, eventRows, agreementRows + eventRows AS rows
${sources('a, b, years, agreementRows, eventRows, rows', `${rowEvidenceLists('rows')} + [a.evidenceSources, b.evidenceSources]`)}
WITH a, b, years, agreementRows, eventRows, sources, [x IN [a, b] WHERE x IS NOT NULL | {node: {id: x.id, labels: labels(x), props: properties(x)}, participants: [], place: null, parties: [], relations: []}] AS countryRows
RETURN a IS NOT NULL AS foundA, b IS NOT NULL AS foundB, countryRows, years, agreementRows, eventRows, sources`;

export interface DyadArgs {
  a: string;
  b: string;
  from: string | null;
  to: string | null;
}

export interface DyadYearRow {
  year: number;
  events: number;
  meetings: number;
  exercises: number;
  incidents: number;
  statements: number;
  cooperations: number;
  goldsteinSum: number;
}

export async function dyad(reader: Reader, args: DyadArgs) {
  const [row] = await reader.read(dyadCypher, args);
  const index = indexSources(row?.sources);
  const entities = (key: string) =>
    ((row?.[key] as EntityRowData[]) ?? []).map((r) => toEntity(r, index));
  const [countryA, countryB] = entities('countryRows');
  const agreements = entities('agreementRows');
  const years = new Map<number, DyadYearRow & { agreements: number }>();
  for (const y of (row?.years as DyadYearRow[]) ?? []) years.set(y.year, { ...y, agreements: 0 });
  for (const g of agreements) {
    const year = Number(String((g as Record<string, unknown>).date ?? '').slice(0, 4));
    if (!year) continue;
    const entry = years.get(year) ?? {
      year,
      events: 0,
      meetings: 0,
      exercises: 0,
      incidents: 0,
      statements: 0,
      cooperations: 0,
      goldsteinSum: 0,
      agreements: 0,
    };
    entry.agreements += 1;
    years.set(year, entry);
  }
  const summary = [...years.values()].sort((x, y) => x.year - y.year);
  return {
    foundA: Boolean(row?.foundA),
    foundB: Boolean(row?.foundB),
    a: countryA,
    b: countryB,
    years: summary,
    eventCount: summary.reduce((n, y) => n + y.events, 0),
    goldsteinSum: summary.reduce((n, y) => n + y.goldsteinSum, 0),
    agreements,
    events: entities('eventRows'),
  };
}
