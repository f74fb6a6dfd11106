// Suggestions as one types: the `search` API, asked at most every 150 ms and only from two
// characters on (one letter matches half the graph and tells the researcher nothing).
import { useEffect, useState } from 'react';
import type { EntityKind } from '../../../schema/generated/graphql.ts';
import type { SearchQuery } from './generated/operations.ts';
import { requestGraphQL } from './graphql-request.ts';
import { SEARCH_QUERY } from './queries.ts';
import { useQuery, type QueryState } from './use-query.ts';

/** One suggestion, as the search operation asks for it. */
export type SearchHit = SearchQuery['search'][number];

/** Pause after the last keystroke before asking, in ms. */
const DEBOUNCE_MS = 150;
/** Suggestions asked for. */
const SUGGESTIONS = 12;

export function useSearch(text: string): QueryState<SearchHit[]> {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(text), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const query = settled.trim();
  return useQuery(query.length >= 2 ? query : null, (signal) =>
    requestGraphQL(SEARCH_QUERY, { text: query, first: SUGGESTIONS }, signal).then(
      (data) => data.search,
    ),
  );
}

/** Hits grouped by kind, groups in the order their best hit ranks, hits in rank order. */
export function groupByKind(hits: readonly SearchHit[]): { kind: EntityKind; hits: SearchHit[] }[] {
  const groups = new Map<EntityKind, SearchHit[]>();
  for (const hit of hits) {
    const group = groups.get(hit.kind);
    if (group) group.push(hit);
    else groups.set(hit.kind, [hit]);
  }
  return [...groups].map(([kind, groupHits]) => ({ kind, hits: groupHits }));
}
