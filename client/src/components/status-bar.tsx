// Under the canvas: what is in view, whether it is loading, and what went wrong, said plainly.
import type { Graph } from '../../../schema/graph.ts';

interface StatusBarProps {
  graph: Graph;
  loading: boolean;
  error: Error | null;
  removed: number;
  /** The country network's edges shown and before the limit. */
  network: { shown: number; total: number } | null;
  onRetry(): void;
  onRestore(): void;
}

export function StatusBar(props: StatusBarProps) {
  const { graph, loading, error, removed, network, onRetry, onRestore } = props;
  const networkCut = network !== null && network.total > network.shown;
  return (
    <div className="status-bar">
      {error && (
        <div className="error-banner" role="alert" data-testid="api-error">
          <strong>The view could not be loaded.</strong> {error.message}{' '}
          <button onClick={onRetry}>Try again</button>
        </div>
      )}
      <p aria-live="polite" data-testid="view-status">
        {loading ? 'Loading…' : `${graph.nodes.length} nodes · ${graph.edges.length} edges`}
        {networkCut &&
          ` · showing ${network.shown.toLocaleString('en')} of ${network.total.toLocaleString('en')} country edges (set in Country network)`}
        {graph.truncated &&
          !networkCut &&
          ' · a limit cut this view short; expand fewer nodes or narrow the filters'}
        {removed > 0 && (
          <>
            {' · '}
            <button className="link" onClick={onRestore}>
              restore {removed} removed
            </button>
          </>
        )}
      </p>
    </div>
  );
}
