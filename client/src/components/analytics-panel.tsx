// Analytics of the view: colour nodes by Louvain community or by kind, size them by a measure
// (degree, weighted degree, betweenness, PageRank), and open the table of the view.
import { METRIC_NAMES, METRICS, type MetricName } from '../graph/analytics-names.ts';
import type { ColourBy, ViewState } from '../state/view-state.ts';
import type { ViewUpdate } from '../state/use-url-view.ts';
import { Check } from './check.tsx';

export function AnalyticsPanel({ view, update }: { view: ViewState; update: ViewUpdate }) {
  return (
    <section className="panel" aria-labelledby="analytics-title">
      <h2 id="analytics-title">Analytics</h2>
      <label>
        Colour nodes by
        <select
          value={view.colourBy}
          data-testid="colour-by"
          onChange={(event) => update((v) => ({ ...v, colourBy: event.target.value as ColourBy }))}
        >
          <option value="kind">Kind</option>
          <option value="community">Louvain community</option>
        </select>
      </label>
      <label>
        Size nodes by
        <select
          value={view.sizeBy}
          data-testid="size-by"
          onChange={(event) => update((v) => ({ ...v, sizeBy: event.target.value as MetricName }))}
        >
          {METRICS.map((metric) => (
            <option key={metric} value={metric}>
              {METRIC_NAMES[metric]}
            </option>
          ))}
        </select>
      </label>
      <Check checked={view.table} onToggle={() => update((v) => ({ ...v, table: !v.table }))}>
        Table of the view
      </Check>
    </section>
  );
}
