// The dyad panel's question: everything between two countries over the view's date range.
import type { Agreement, Dyad, DyadYear, Event } from '../../../schema/generated/graphql.ts';
import { requestGraphQL } from './graphql-request.ts';
import { DYAD_QUERY } from './queries.ts';
import { useQuery, type QueryState } from './use-query.ts';

export type DyadSummary = Pick<Dyad, 'eventCount' | 'goldsteinSum'> & {
  a: { id: string; name: string; iso3: string };
  b: { id: string; name: string; iso3: string };
  years: Pick<DyadYear, 'year' | 'events' | 'meetings' | 'exercises' | 'agreements'>[];
  events: Pick<Event, 'id' | 'name' | 'eventKind' | 'date' | 'cameoCode' | 'goldstein'>[];
  agreements: Pick<Agreement, 'id' | 'name' | 'agreementType' | 'status' | 'date' | 'endDate'>[];
};

export function useDyad(
  pair: { a: string; b: string } | null,
  from: string | null,
  to: string | null,
): QueryState<DyadSummary> {
  const key = pair ? JSON.stringify([pair.a, pair.b, from, to]) : null;
  return useQuery(key, (signal) =>
    requestGraphQL<{ dyad: DyadSummary }>(
      DYAD_QUERY,
      { a: pair!.a, b: pair!.b, from, to },
      signal,
    ).then((data) => data.dyad),
  );
}
