// Loads the graph a view shows: one GraphQL request built from the view's URL state.
import type { Graph } from '../../../schema/graph.ts';
import type { GraphFilter } from '../../../schema/generated/graphql.ts';
import { mergeGraphs } from '../../../schema/merge-graphs.ts';
import { networkOptions } from '../state/network-state.ts';
import type { ViewState } from '../state/view-state.ts';
import type { ViewQueryVariables } from './generated/operations.ts';
import { requestGraphQL } from './graphql-request.ts';
import { VIEW_QUERY } from './queries.ts';

/** Most nodes the expanded neighbourhoods bring into view (the API allows up to 2000). */
export const NEIGHBORHOOD_LIMIT = 500;

export interface LoadedView {
  /** Everything in view: country network ∪ neighbourhoods ∪ paths. */
  graph: Graph;
  /**
   * The equally short paths, best first, for highlighting: null without path mode, empty when
   * none was found.
   */
  paths: Graph[] | null;
  /** The country network's edges before its limit cut them, and how many are shown. */
  network: { shown: number; total: number } | null;
}

/** The path highlighted: the chosen one, or the last found when a link asks for more. */
export function chosenPath(
  paths: readonly Graph[] | null,
  choice: number,
): { index: number; path: Graph | null } {
  const index = Math.min(choice, Math.max((paths?.length ?? 0) - 1, 0));
  return { index, path: paths?.[index] ?? null };
}

/** The parts of a view that decide what the API is asked (selection, layout etc. do not). */
export function viewQueryKey(view: ViewState, withDates = true): string {
  return JSON.stringify([
    view.countries,
    view.countries && view.network,
    view.expanded,
    // Which path is highlighted does not change what is loaded.
    view.path && [view.path.from, view.path.to],
    view.kinds,
    view.relationshipTypes,
    withDates ? view.from : null,
    withDates ? view.to : null,
    view.includeUndated,
  ]);
}

export function viewFilter(view: ViewState, withDates = true): GraphFilter {
  const filter: GraphFilter = {};
  if (view.kinds) filter.kinds = view.kinds;
  if (view.relationshipTypes) filter.relationshipTypes = view.relationshipTypes;
  if (withDates && view.from) filter.from = view.from;
  if (withDates && view.to) filter.to = view.to;
  if (!view.includeUndated) filter.includeUndated = false;
  return filter;
}

export function viewVariables(view: ViewState, withDates = true): ViewQueryVariables {
  return {
    withCountries: view.countries,
    withExpanded: view.expanded.length > 0,
    withPath: view.path !== null,
    ids: view.expanded,
    from: view.path?.from ?? '',
    to: view.path?.to ?? '',
    limit: NEIGHBORHOOD_LIMIT,
    filter: viewFilter(view, withDates),
    networkFilter: {
      ...viewFilter(view, withDates),
      ...(view.network.eventKinds ? { eventKinds: view.network.eventKinds } : {}),
    },
    networkLimit: view.network.limit,
    networkOptions: networkOptions(view.network),
  };
}

/** `withDates: false` loads the same view over all time, for the timeline behind the slider. */
export async function loadView(
  view: ViewState,
  signal: AbortSignal,
  withDates = true,
): Promise<LoadedView> {
  const answer = await requestGraphQL(VIEW_QUERY, viewVariables(view, withDates), signal);
  const network = answer.countryNetwork;
  return {
    network: network
      ? { shown: network.edges.length, total: network.totalEdges ?? network.edges.length }
      : null,
    graph: mergeGraphs([
      answer.countryNetwork,
      answer.neighborhood,
      ...(answer.shortestPaths ?? []),
    ]),
    paths: answer.shortestPaths ?? null,
  };
}
