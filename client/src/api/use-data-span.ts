// The span of everything loaded (the slider's axis, the undated facts), asked once per page and
// again on "Try again": the API keeps it in memory until the data changes, so it costs little.
import type { DataSpanQuery } from './generated/operations.ts';
import { requestGraphQL } from './graphql-request.ts';
import { DATA_SPAN_QUERY } from './queries.ts';
import { useQuery, type QueryState } from './use-query.ts';

export type DataSpan = DataSpanQuery['dataSpan'];

export function useDataSpan(retry: number): QueryState<DataSpan> {
  return useQuery(`dataSpan#${retry}`, (signal) =>
    requestGraphQL(DATA_SPAN_QUERY, {}, signal).then((data) => data.dataSpan),
  );
}
