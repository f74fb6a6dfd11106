// dataSpan: what the loaded data spans in time, for the explorer's slider and timeline: the
// earliest and latest dated facts (through the date indexes), the undated ones counted, and
// the facts per year. The per-year counts read every dated event, so the answer is cached
// until the data changes (data-version.ts).
import type { DatePrecision } from '../../schema/model.ts';
import { formatDate } from './convert.ts';
import { periodEnd } from './fragments.ts';
import type { Reader } from './reader.ts';

export const dataSpanCypher = `
CALL {
  MATCH (e:Event) WHERE e.date IS NOT NULL
  WITH e ORDER BY e.date LIMIT 1
  // An aggregate, so that a graph without events (arms transfers alone) still gives one row.
  RETURN head(collect([e.date, coalesce(e.datePrecision, 'DAY')])) AS firstEvent
}
CALL {
  // The latest first days, of which the latest last day (a "2024" event ends in December).
  MATCH (e:Event) WHERE e.date IS NOT NULL
  WITH e ORDER BY e.date DESC LIMIT 20
  WITH e ORDER BY ${periodEnd('e')} DESC LIMIT 1
  RETURN head(collect([e.date, coalesce(e.datePrecision, 'DAY')])) AS lastEvent
}
CALL {
  MATCH (g:Agreement)
  WITH g, CASE WHEN g.endDate IS NULL THEN [g.date, coalesce(g.datePrecision, 'DAY')]
                ELSE [g.endDate, coalesce(g.endDatePrecision, g.datePrecision, 'DAY')] END AS ends
  RETURN count(g.date) AS datedAgreements, count(g) AS agreements,
         reduce(best = null, x IN collect(CASE WHEN g.date IS NOT NULL THEN [g.date, coalesce(g.datePrecision, 'DAY')] END) |
                CASE WHEN best IS NULL OR x[0] < best[0] THEN x ELSE best END) AS firstAgreement,
         reduce(best = null, x IN collect(CASE WHEN ends[0] IS NOT NULL THEN ends END) |
                CASE WHEN best IS NULL OR x[0] > best[0] THEN x ELSE best END) AS lastAgreement,
         collect(g.date.year) AS agreementYears
}
CALL {
  MATCH (e:Event) WHERE e.date IS NOT NULL
  WITH e.date.year AS year, count(*) AS events
  RETURN collect([year, events]) AS eventYears, sum(events) AS datedEvents
}
CALL { MATCH (e:Event) RETURN count(e) AS events }
CALL {
  // Arms transfers by year of order; the latest fact is the last year of order or delivery.
  MATCH (t:ArmsTransfer)
  WITH t.orderYear AS year, count(*) AS transfers, max(coalesce(t.lastDeliveryYear, t.orderYear)) AS lastYear
  RETURN collect(CASE WHEN year IS NOT NULL THEN [year, transfers] END) AS transferYears,
         sum(CASE WHEN year IS NULL THEN transfers ELSE 0 END) AS undatedTransfers,
         min(year) AS firstTransferYear, max(lastYear) AS lastTransferYear
}
RETURN firstEvent, lastEvent, firstAgreement, lastAgreement, eventYears, agreementYears,
       events - datedEvents AS undatedEvents, agreements - datedAgreements AS undatedAgreements,
       transferYears, undatedTransfers, firstTransferYear, lastTransferYear`;

type Dated = [unknown, DatePrecision] | null;

export interface DataSpan {
  earliest: { date: string; precision: DatePrecision } | null;
  latest: { date: string; precision: DatePrecision } | null;
  undatedEvents: number;
  undatedAgreements: number;
  undatedTransfers: number;
  years: { year: number; events: number; agreements: number; transfers: number }[];
}

const point = (d: Dated) => (d ? { date: formatDate(d[0], d[1])!, precision: d[1] } : null);
const day = (d: Dated) => String(d![0]).slice(0, 10);

export async function dataSpan(reader: Reader): Promise<DataSpan> {
  const [row] = await reader.read(dataSpanCypher);
  const yearPoint = (y: unknown): Dated =>
    y === null || y === undefined ? null : [`${Number(y)}-01-01`, 'YEAR'];
  const firsts = [row?.firstEvent, row?.firstAgreement, yearPoint(row?.firstTransferYear)].filter(
    Boolean,
  ) as Dated[];
  const lasts = [row?.lastEvent, row?.lastAgreement, yearPoint(row?.lastTransferYear)].filter(
    Boolean,
  ) as Dated[];
  const earliest = firsts.sort((x, y) => day(x).localeCompare(day(y)))[0] ?? null;
  const latest = lasts.sort((x, y) => day(y).localeCompare(day(x)))[0] ?? null;
  const years = new Map<number, DataSpan['years'][number]>();
  const year = (y: number) =>
    years.get(y) ?? years.set(y, { year: y, events: 0, agreements: 0, transfers: 0 }).get(y)!;
  for (const [y, n] of (row?.eventYears as [number, number][]) ?? []) year(y).events += n;
  for (const y of (row?.agreementYears as number[]) ?? []) year(y).agreements += 1;
  for (const [y, n] of (row?.transferYears as [number, number][]) ?? []) year(y).transfers += n;
  const known = [...years.keys()];
  if (known.length > 0) for (let y = Math.min(...known); y <= Math.max(...known); y++) year(y);
  return {
    earliest: point(earliest),
    latest: point(latest),
    undatedEvents: Number(row?.undatedEvents ?? 0),
    undatedAgreements: Number(row?.undatedAgreements ?? 0),
    undatedTransfers: Number(row?.undatedTransfers ?? 0),
    years: [...years.values()].sort((x, y) => x.year - y.year),
  };
}
