// events: Relay pages of events, newest first, filtered by kind, actor, countries, CAMEO root
// and date. The statement starts from the actor, or the listed country with the fewest
// events, when one is given, so a filtered page never scans every event. A country that is in
// a large share of all events (the United States is in a third of them) is read the other way
// round: the date index is walked newest first and stops at the page's last row (measured in
// BENCHMARKS.md, "events").
import { ANY, periodEnd } from './fragments.ts';
import { afterCursor, readPage, UNDATED, type Cursor, type PageArgs } from './pages.ts';
import type { Reader } from './reader.ts';

export interface EventsArgs extends PageArgs {
  eventLabels: string[] | null;
  actor: string | null;
  countries: string[] | null;
  cameoRoots: string[] | null;
}

/** The filters, after binding `d`: the sort date (undated events sort last). */
const filtered = (d = `coalesce(e.date, date('${UNDATED}'))`) => `
WITH e, ${d} AS d
WHERE ($eventLabels IS NULL OR any(l IN labels(e) WHERE l IN $eventLabels))
  AND ($cameoRoots IS NULL OR e.cameoRoot IN $cameoRoots)
  // The first test lets the date index narrow the scan; the second is the exact overlap.
  AND ($from IS NULL OR (e.date >= date($from) - duration('P1Y') AND ${periodEnd('e')} >= date($from)))
  AND ($to IS NULL OR e.date <= date($to))
  AND ($countries IS NULL OR all(c IN $countries WHERE EXISTS { MATCH (e)<-[:PARTICIPATED_IN]-(member:Country) WHERE member.iso3 = c }))`;
const conditions = filtered();

/** The listed country with the fewest events (a stored degree, not a count), as `k`. */
const SMALLEST_COUNTRY = `UNWIND $countries AS iso3
MATCH (k:Country {iso3: iso3})
WITH k, COUNT { (k)-[:PARTICIPATED_IN]->() } AS degree ORDER BY degree LIMIT 1`;

const byActor = `MATCH (x:${ANY} {id: $actor})-[:PARTICIPATED_IN]->(e:Event) WITH DISTINCT e`;
const byCountry = `${SMALLEST_COUNTRY}
MATCH (k)-[:PARTICIPATED_IN]->(e:Event) WITH DISTINCT e`;

/**
 * Starting from the country costs its degree; walking dated events newest first costs about
 * take × events ÷ shared, where shared is how many events have every listed country (the
 * country's degree when one is listed, the pair's DYAD_TOTAL count when two are). A walked
 * event costs about ten times a followed relationship (it checks every listed country), so
 * the walk is taken when shared × degree > 10 × take × events: for the United States alone
 * (28,000 of 80,000 events) it reads ~150 events instead of 28,000; for the United States and
 * China (3,367 shared) it would read ~2,400 and starting from China's 14,600 is cheaper. The
 * walk reads dated events only, so without a date range the country's undated events are added
 * when the walk leaves room for them (they sort last). It stops at `take` rows, so it serves
 * pages, never counts. Conditions are checked again outside, as for the rows the other branch
 * returns unfiltered.
 */
const byCountryOrDateWalk = `${SMALLEST_COUNTRY}
CALL { MATCH (n:Event) RETURN count(n) AS events }
OPTIONAL MATCH (k)-[pair:DYAD_TOTAL]-(other:Country)
  WHERE size($countries) = 2 AND other.iso3 IN $countries AND other <> k
WITH k, degree, events,
  CASE size($countries) WHEN 1 THEN degree WHEN 2 THEN coalesce(pair.events, 0) ELSE 0 END AS shared
WITH k, shared * degree > 10 * $take * events AS walk
CALL {
  WITH k, walk
  WITH k WHERE NOT walk
  MATCH (k)-[:PARTICIPATED_IN]->(e:Event) RETURN DISTINCT e
  UNION
  WITH k, walk
  WITH k WHERE walk
  CALL {
    MATCH (e:Event)
    WHERE e.date >= CASE WHEN $from IS NULL THEN date('${UNDATED}') ELSE date($from) - duration('P1Y') END
      AND e.date <= date($walkTo)
    // The walk's events are dated: sorting by e.date itself lets the index give the order.
    ${filtered('e.date')}
      AND ${afterCursor('d', 'e')}
    WITH e, d ORDER BY d DESC, e.id DESC LIMIT $take
    RETURN collect(e) AS dated
  }
  CALL {
    WITH k, dated
    WITH k WHERE $withUndated AND size(dated) < $take
    MATCH (k)-[:PARTICIPATED_IN]->(u:Event) WHERE u.date IS NULL
    RETURN collect(DISTINCT u) AS undated
  }
  UNWIND dated + undated AS e
  RETURN e
}
WITH e`;

/** The date walk's upper end: the range's, or the cursor's when it is earlier. */
function walkTo(to: string | null, after: Cursor | null) {
  const ends = [to ?? '9999-12-31', after?.date].filter((x): x is string => !!x).sort();
  return ends[0]!;
}

export function events(reader: Reader, args: EventsArgs) {
  if (args.actor) return readPage(reader, `${byActor}\n${conditions}`, 'e', args);
  if (!args.countries) return readPage(reader, `MATCH (e:Event)\n${conditions}`, 'e', args);
  const walk = {
    walkTo: walkTo(args.to, args.after),
    withUndated: args.from === null && args.to === null,
  };
  const count = `${byCountry}\n${conditions}`;
  return readPage(reader, `${byCountryOrDateWalk}\n${conditions}`, 'e', {
    ...args,
    ...walk,
    count,
  });
}
