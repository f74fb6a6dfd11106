// events: Relay pages of events, newest first, filtered by kind, actor, countries, CAMEO root
// and date. The statement starts from the actor or first country when one is given, so a
// filtered page never scans every event.
import { indexSources } from './convert.ts';
import {
  entityRow,
  relationsOf,
  rowEvidenceLists,
  toEntity,
  type EntityRowData,
} from './entity-rows.ts';
import { ANY, sources } from './fragments.ts';
import { afterCursor, cursorParams, toPage, UNDATED, type Cursor } from './pages.ts';
import type { Reader } from './reader.ts';

export interface EventsArgs {
  eventLabels: string[] | null;
  actor: string | null;
  countries: string[] | null;
  cameoRoots: string[] | null;
  from: string | null;
  to: string | null;
  first: number;
  after: Cursor | null;
  withRelations: boolean;
  withTotal: boolean;
  relTypes: string[];
  relationsFirst: number;
}

const start = (args: Pick<EventsArgs, 'actor' | 'countries'>) =>
  args.actor
    ? `MATCH (x:${ANY} {id: $actor})-[:PARTICIPATED_IN]->(e:Event) WITH DISTINCT e`
    : args.countries
      ? `MATCH (:Country {iso3: $countries[0]})-[:PARTICIPATED_IN]->(e:Event) WITH DISTINCT e`
      : `MATCH (e:Event)`;

const conditions = `
WITH e, coalesce(e.date, date('${UNDATED}')) AS d
WHERE ($eventLabels IS NULL OR any(l IN labels(e) WHERE l IN $eventLabels))
  AND ($cameoRoots IS NULL OR e.cameoRoot IN $cameoRoots)
  AND ($from IS NULL OR e.date >= date($from))
  AND ($to IS NULL OR e.date <= date($to))
  AND ($countries IS NULL OR all(c IN $countries WHERE EXISTS { MATCH (e)<-[:PARTICIPATED_IN]-(k:Country) WHERE k.iso3 = c }))`;

export const eventsCypher = (args: EventsArgs) => `
${start(args)}
${conditions}
  AND ${afterCursor('d', 'e')}
WITH e, d ORDER BY d DESC, e.id DESC LIMIT $take
${relationsOf('e', args.withRelations)}
WITH collect(${entityRow('e')}) AS rows, collect(d) AS dates
${sources('rows', rowEvidenceLists('rows'))}
RETURN rows, dates, sources`;

export const eventsCountCypher = (args: EventsArgs) => `
${start(args)}
${conditions}
RETURN count(e) AS total`;

export async function events(reader: Reader, args: EventsArgs) {
  const params = { ...args, ...cursorParams(args.after), take: args.first + 1, after: undefined };
  const [[result], total] = await Promise.all([
    reader.read(eventsCypher(args), params),
    args.withTotal ? reader.read(eventsCountCypher(args), params) : Promise.resolve([]),
  ]);
  const index = indexSources(result?.sources);
  const items = ((result?.rows as EntityRowData[]) ?? []).map((row) => toEntity(row, index));
  return {
    ...toPage(items, (result?.dates as unknown[]) ?? [], args.first),
    totalCount: (total[0]?.total as number | undefined) ?? 0,
  };
}
