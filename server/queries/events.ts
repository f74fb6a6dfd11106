// events: Relay pages of events, newest first, filtered by kind, actor, countries, CAMEO root
// and date. The statement starts from the actor, or the listed country with the fewest
// events, when one is given, so a filtered page never scans every event.
import { ANY, periodEnd } from './fragments.ts';
import { readPage, UNDATED, type PageArgs } from './pages.ts';
import type { Reader } from './reader.ts';

export interface EventsArgs extends PageArgs {
  eventLabels: string[] | null;
  actor: string | null;
  countries: string[] | null;
  cameoRoots: string[] | null;
}

const start = (args: Pick<EventsArgs, 'actor' | 'countries'>) =>
  args.actor
    ? `MATCH (x:${ANY} {id: $actor})-[:PARTICIPATED_IN]->(e:Event) WITH DISTINCT e`
    : args.countries
      ? // From the listed country with the fewest events (a stored degree, not a count), the
        // others checked per event: USA and CHN start from China's events.
        `UNWIND $countries AS iso3
MATCH (k:Country {iso3: iso3})
WITH k ORDER BY COUNT { (k)-[:PARTICIPATED_IN]->() } LIMIT 1
MATCH (k)-[:PARTICIPATED_IN]->(e:Event) WITH DISTINCT e`
      : `MATCH (e:Event)`;

const conditions = `
WITH e, coalesce(e.date, date('${UNDATED}')) AS d
WHERE ($eventLabels IS NULL OR any(l IN labels(e) WHERE l IN $eventLabels))
  AND ($cameoRoots IS NULL OR e.cameoRoot IN $cameoRoots)
  // The first test lets the date index narrow the scan; the second is the exact overlap.
  AND ($from IS NULL OR (e.date >= date($from) - duration('P1Y') AND ${periodEnd('e')} >= date($from)))
  AND ($to IS NULL OR e.date <= date($to))
  AND ($countries IS NULL OR all(c IN $countries WHERE EXISTS { MATCH (e)<-[:PARTICIPATED_IN]-(k:Country) WHERE k.iso3 = c }))`;

export function events(reader: Reader, args: EventsArgs) {
  return readPage(reader, `${start(args)}\n${conditions}`, 'e', args);
}
