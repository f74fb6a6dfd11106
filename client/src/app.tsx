// The explorer: sidebar (search, filters, dates, layout, path, dyad, export), the graph canvas
// with its legend, and the details panel. The view lives in the URL (use-url-view.ts).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Core } from 'cytoscape';
import { GraphCanvas } from './canvas/graph-canvas.tsx';
import { AnalyticsPanel } from './components/analytics-panel.tsx';
import { DateRange } from './components/date-range.tsx';
import { DetailsPanel, type NodeActions } from './components/details-panel.tsx';
import { DyadPanel, DyadPicker } from './components/dyad-panel.tsx';
import { ExportMenu } from './components/export-menu.tsx';
import { FilterPanel } from './components/filter-panel.tsx';
import { FirstScreenHint } from './components/first-screen-hint.tsx';
import { LayoutPicker } from './components/layout-picker.tsx';
import { NetworkPanel } from './components/network-panel.tsx';
import { Legend } from './components/legend.tsx';
import { PathPanel, type PathDraft } from './components/path-panel.tsx';
import { SearchBox } from './components/search-box.tsx';
import { StatusBar } from './components/status-bar.tsx';
import { ViewTable } from './components/view-table.tsx';
import { probe } from './render-probe.ts';
import { SourcesArea } from './sources/sources-area.tsx';
import { useSourcesRoute } from './sources/sources-route.ts';
import * as actions from './state/view-actions.ts';
import { serializeView } from './state/url-state.ts';
import { useUrlView } from './state/use-url-view.ts';
import { useGlobalKeys } from './use-global-keys.ts';
import { useRenderTiming } from './use-render-timing.ts';
import { useViewData } from './use-view-data.ts';
import { viewTitle } from './view-title.ts';

export function App() {
  const [view, update] = useUrlView();
  // The Sources area (in the URL's hash) covers the explorer, which stays loaded beneath it.
  const [sources, goSources] = useSourcesRoute();
  const [retry, setRetry] = useState(0);
  const data = useViewData(view, retry);
  const { query, visible } = data;
  const cyRef = useRef<Core | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const [layoutRun, setLayoutRun] = useState(0);
  const [centre, setCentre] = useState<{ id: string; run: number } | null>(null);
  const [pathDraft, setPathDraft] = useState<PathDraft>({ from: null, to: null });
  // A shared link in path mode fills From and To, named once the view has loaded them.
  const pathKey = view.path ? `${view.path.from}\n${view.path.to}` : '';
  useEffect(() => {
    if (!view.path) return;
    const { from, to } = view.path;
    const named = (id: string) => visible.nodes.find((node) => node.id === id)?.label ?? id;
    setPathDraft({ from: { id: from, label: named(from) }, to: { id: to, label: named(to) } });
    // Named again when the loaded view changes; the ends themselves come from the URL.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pathKey, visible]);
  const { rendering, onRendered } = useRenderTiming(data.queryKey, query, data.elements);
  const onReady = useCallback((cy: Core | null) => {
    cyRef.current = cy;
    probe().cy = cy;
  }, []);

  const onDates = useCallback(
    (from: string | null, to: string | null) => update((v) => ({ ...v, from, to })),
    [update],
  );

  const busy = query.loading || rendering;
  const title = viewTitle(view, visible);
  useEffect(() => {
    document.title = `${title} · Entente`;
  }, [title]);

  const centreOn = (id: string) => setCentre((current) => ({ id, run: (current?.run ?? 0) + 1 }));
  const inView = (id: string) => visible.nodes.some((node) => node.id === id);
  const nodeLabel = (id: string) => visible.nodes.find((node) => node.id === id)?.label ?? id;
  const nodeActions: NodeActions = {
    expand: (id) => update((v) => actions.expandNode(v, id)),
    collapse: (id) => update((v) => actions.collapseNode(v, id)),
    remove: (id) => update((v) => actions.removeNode(v, id)),
    togglePin: (id) => update((v) => actions.togglePin(v, id)),
    pathEnd: (end, id) =>
      setPathDraft((draft) => ({ ...draft, [end]: { id, label: nodeLabel(id) } })),
    openDyad: (a, b) => update((v) => ({ ...v, dyad: { a, b } })),
    open: (id) => {
      update((v) => actions.openNode(v, id, inView(id)));
      centreOn(id);
    },
    close: () => update((v) => actions.select(v, null)),
    showInText: (source, candidate) => goSources({ source, candidate }),
  };

  useGlobalKeys({
    focusSearch: () => !sources && searchRef.current?.focus(),
    escape: () => {
      if (sources) return;
      if (view.dyad) update((v) => ({ ...v, dyad: null }));
      else if (view.selected) update((v) => actions.select(v, null));
    },
  });

  return (
    <div className="app">
      <header className="top-bar">
        <h1>Entente</h1>
        <p className="view-title">{title}</p>
        <div
          className={busy ? 'progress active' : 'progress'}
          role="progressbar"
          aria-label="Loading the view"
          aria-busy={busy}
        />
        <nav className="areas" aria-label="Areas">
          <button aria-pressed={!sources} onClick={() => goSources(null)}>
            Graph
          </button>
          <button
            aria-pressed={!!sources}
            onClick={() => goSources(sources ?? { source: null, candidate: null })}
            data-testid="open-sources"
          >
            Sources
          </button>
        </nav>
      </header>
      {sources && (
        <SourcesArea
          route={sources}
          go={goSources}
          onGraphChanged={() => setRetry((n) => n + 1)}
          onShowInGraph={(id) => {
            update((v) => actions.expandNode(v, id));
            goSources(null);
            centreOn(id);
          }}
          onClose={() => goSources(null)}
        />
      )}
      <aside className="sidebar" aria-label="Explorer controls" inert={!!sources}>
        <section className="panel">
          <SearchBox
            ref={searchRef}
            label="Search (press /)"
            placeholder="Actor, event, agreement…"
            testId="search"
            onChoose={(hit) => {
              update((v) => actions.openNode(v, hit.id, inView(hit.id)));
              centreOn(hit.id);
            }}
          />
        </section>
        <FilterPanel view={view} update={update} />
        {view.countries && (
          <NetworkPanel
            network={view.network}
            counts={query.data?.network ?? null}
            update={update}
          />
        )}
        <DateRange
          bins={data.bins}
          from={view.from}
          to={view.to}
          onChange={onDates}
          span={data.span}
          includeUndated={view.includeUndated}
          onToggleUndated={() => update((v) => ({ ...v, includeUndated: !v.includeUndated }))}
          busy={busy}
        />
        <AnalyticsPanel view={view} update={update} />
        <LayoutPicker
          view={view}
          update={update}
          onRelayout={() => setLayoutRun((run) => run + 1)}
        />
        <PathPanel
          draft={pathDraft}
          onDraft={setPathDraft}
          active={view.path}
          result={query.data?.paths ?? null}
          loading={query.loading}
          onFind={(from, to) => update((v) => actions.showPath(v, from, to))}
          // Stepping through equally short paths looks at one view: Back leaves path mode.
          onChoose={(choice) => update((v) => actions.choosePath(v, choice), { replace: true })}
          onClear={() => update(actions.clearPath)}
          onOpen={(selection) => update((v) => actions.select(v, selection))}
        />
        <DyadPicker graph={visible} onPick={(a, b) => update((v) => ({ ...v, dyad: { a, b } }))} />
        <ExportMenu graph={visible} cy={() => cyRef.current} title={title} />
      </aside>
      <main
        inert={!!sources}
        className="main"
        aria-busy={busy}
        data-state={query.error ? 'error' : busy ? 'loading' : 'ready'}
      >
        <GraphCanvas
          key={view.webgl ? 'webgl' : 'canvas'}
          elements={data.elements}
          layout={view.layout}
          layoutRun={layoutRun}
          pinned={view.pinned}
          expanded={view.expanded}
          highlight={data.highlight}
          selected={view.selected}
          centre={centre}
          webgl={view.webgl}
          onSelect={(selection) => update((v) => actions.select(v, selection))}
          onExpand={nodeActions.expand}
          onReady={onReady}
          onRendered={onRendered}
        />
        <FirstScreenHint show={view.countries && serializeView(view) === ''} />
        <Legend
          graph={visible}
          metrics={data.metrics}
          colourBy={view.colourBy}
          sizeBy={view.sizeBy}
        />
        {view.dyad && (
          <DyadPanel
            pair={view.dyad}
            from={view.from}
            to={view.to}
            onOpen={(id) => {
              update((v) => actions.openNode(v, id, inView(id)));
              centreOn(id);
            }}
            onClose={() => update((v) => ({ ...v, dyad: null }))}
          />
        )}
        {view.table && (
          <ViewTable
            graph={visible}
            metrics={data.metrics}
            selected={view.selected}
            onSelect={(selection) => {
              update((v) => actions.select(v, selection));
              if (selection.type === 'node') centreOn(selection.id);
            }}
          />
        )}
        <StatusBar
          graph={visible}
          loading={busy}
          error={query.error}
          removed={view.removed.length}
          network={query.data?.network ?? null}
          onRetry={() => setRetry((n) => n + 1)}
          onRestore={() => update(actions.restoreRemoved)}
        />
      </main>
      {view.selected && (
        <aside className="details" aria-label="Details" inert={!!sources}>
          <DetailsPanel
            graph={visible}
            selected={view.selected}
            expanded={view.expanded}
            pinned={view.pinned}
            actions={nodeActions}
            version={data.queryKey}
          />
        </aside>
      )}
    </div>
  );
}
