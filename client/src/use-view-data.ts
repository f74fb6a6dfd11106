// From the view in the URL to what the canvas and panels show: the loaded graph, the visible
// part of it, its Cytoscape elements, the timeline behind the date slider and the path.
import { useMemo } from 'react';
import type { Graph } from '../../schema/graph.ts';
import { chosenPath, loadView, viewQueryKey, type LoadedView } from './api/load-view.ts';
import { useQuery, type QueryState } from './api/use-query.ts';
import { EMPTY_GRAPH } from '../../schema/merge-graphs.ts';
import { useDataSpan, type DataSpan } from './api/use-data-span.ts';
import { MONTH_AXIS_MAX, spanBins, type TimelineBin } from './graph/timeline.ts';
import { viewMetrics, type ViewMetrics } from './graph/analytics.ts';
import { toElements } from './graph/to-elements.ts';
import { visibleGraph } from './graph/visible-graph.ts';
import type { ViewState } from './state/view-state.ts';

export interface ViewData {
  query: QueryState<LoadedView>;
  /** The key of the request behind `query` (changes whenever the API must be asked again). */
  queryKey: string;
  visible: Graph;
  elements: ReturnType<typeof toElements>;
  /** The view's measures, computed when colour, size or the table need them; else null. */
  metrics: ViewMetrics | null;
  bins: TimelineBin[];
  /** What the loaded data spans (null until answered). */
  span: DataSpan | null;
  /** The chosen path's node and edge ids, when path mode found one. */
  highlight: ReadonlySet<string> | null;
}

export function useViewData(view: ViewState, retry: number): ViewData {
  const queryKey = `${viewQueryKey(view)}#${retry}`;
  const query = useQuery(queryKey, (signal) => loadView(view, signal));
  const span = useDataSpan(retry).data;
  // A month axis counts the view's facts over all time (narrowing the range must not shrink
  // it); a year axis counts from dataSpan and needs no second request.
  const dated = (view.from !== null || view.to !== null) && isShort(span);
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
  const measured = view.colourBy === 'community' || view.sizeBy !== 'degree' || view.table;
  const metrics = useMemo(() => (measured ? viewMetrics(visible) : null), [measured, visible]);
  const { colourBy, sizeBy } = view;
  const elements = useMemo(
    () => toElements(visible, { metrics, colourBy, sizeBy }),
    [visible, metrics, colourBy, sizeBy],
  );
  const timelineGraph = (dated ? allTime.data?.graph : null) ?? graph;
  const bins = useMemo(
    () => spanBins(span, timelineGraph, new Date().getUTCFullYear()),
    [span, timelineGraph],
  );
  const paths = view.path ? (query.data?.paths ?? null) : null;
  const { path } = chosenPath(paths, view.path?.choice ?? 0);
  const highlight = useMemo(
    () =>
      path
        ? new Set([...path.nodes.map((node) => node.id), ...path.edges.map((edge) => edge.id)])
        : null,
    [path],
  );
  return { query, queryKey, visible, elements, metrics, bins, span, highlight };
}

/** Whether the loaded data spans few enough months for a month axis. */
function isShort(span: DataSpan | null): boolean {
  const month = (date: string | undefined) =>
    date ? Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7) || 1) : NaN;
  const months = month(span?.latest?.date) - month(span?.earliest?.date);
  return !(months >= MONTH_AXIS_MAX);
}
