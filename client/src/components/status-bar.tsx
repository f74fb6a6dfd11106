// Under the canvas: what is in view, whether it is loading, and what went wrong, said plainly.
import type { Graph } from '../../../schema/graph.ts';

interface StatusBarProps {
  graph: Graph;
  loading: boolean;
  error: Error | null;
  removed: number;
  onRetry(): void;
  onRestore(): void;
}

export function StatusBar({ graph, loading, error, removed, onRetry, onRestore }: StatusBarProps) {
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
        {graph.truncated &&
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
