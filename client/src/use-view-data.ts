// From the view in the URL to what the canvas and panels show: the loaded graph, the visible
// part of it, its Cytoscape elements, the timeline behind the date slider and the path.
import { useMemo } from 'react';
import type { Graph } from '../../schema/graph.ts';
import { chosenPath, loadView, viewQueryKey, type LoadedView } from './api/load-view.ts';
import { useQuery, type QueryState } from './api/use-query.ts';
import { EMPTY_GRAPH } from '../../schema/merge-graphs.ts';
import { timelineBins, type TimelineBin } from './graph/timeline.ts';
import { toElements } from './graph/to-elements.ts';
import { visibleGraph } from './graph/visible-graph.ts';
import type { ViewState } from './state/view-state.ts';

export interface ViewData {
  query: QueryState<LoadedView>;
  /** The key of the request behind `query` (changes whenever the API must be asked again). */
  queryKey: string;
  visible: Graph;
  elements: ReturnType<typeof toElements>;
  bins: TimelineBin[];
  /** The chosen path's node and edge ids, when path mode found one. */
  highlight: ReadonlySet<string> | null;
}

export function useViewData(view: ViewState, retry: number): ViewData {
  const queryKey = `${viewQueryKey(view)}#${retry}`;
  const query = useQuery(queryKey, (signal) => loadView(view, signal));
  // The slider's timeline covers the view over all time, or narrowing it would shrink it too.
  const dated = view.from !== null || view.to !== null;
  const allTime = useQuery(dated ? `${viewQueryKey(view, false)}#${retry}` : null, (signal) =>
    loadView(view, signal, false),
  );

  const graph = query.data?.graph ?? EMPTY_GRAPH;
  const removedKey = view.removed.join('\n');
  const visible = useMemo(
    () =>
      visibleGraph(graph, {
        removed: removedKey ? removedKey.split('\n') : [],
        hideIsolated: view.hideIsolated,
      }),
    [graph, removedKey, view.hideIsolated],
  );
  const elements = useMemo(() => toElements(visible), [visible]);
  const timelineGraph = (dated ? allTime.data?.graph : null) ?? graph;
  const bins = useMemo(() => timelineBins(timelineGraph), [timelineGraph]);
  const paths = view.path ? (query.data?.paths ?? null) : null;
  const { path } = chosenPath(paths, view.path?.choice ?? 0);
  const highlight = useMemo(
    () =>
      path
        ? new Set([...path.nodes.map((node) => node.id), ...path.edges.map((edge) => edge.id)])
        : null,
    [path],
  );
  return { query, queryKey, visible, elements, bins, highlight };
}
