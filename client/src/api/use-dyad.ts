// The dyad panel's question: everything between two countries over the view's date range.
import type { DyadQuery } from './generated/operations.ts';
import { requestGraphQL } from './graphql-request.ts';
import { DYAD_QUERY } from './queries.ts';
import { useQuery, type QueryState } from './use-query.ts';

/** The dyad panel's answer, as its operation asks for it. */
export type DyadSummary = DyadQuery['dyad'];

export function useDyad(
  pair: { a: string; b: string } | null,
  from: string | null,
  to: string | null,
): QueryState<DyadSummary> {
  const key = pair ? JSON.stringify([pair.a, pair.b, from, to]) : null;
  return useQuery(key, (signal) =>
    requestGraphQL(DYAD_QUERY, { a: pair!.a, b: pair!.b, from, to }, signal).then(
      (data) => data.dyad,
    ),
  );
}
