// The sources researchers added, newest first, each with how many of its candidates wait.
import type { SourceSummary } from './use-sources-data.ts';

interface SourceListProps {
  sources: readonly SourceSummary[];
  current: string | null;
  onOpen(id: string): void;
}

export function SourceList({ sources, current, onOpen }: SourceListProps) {
  if (sources.length === 0) return <p className="muted small">No sources added yet.</p>;
  return (
    <ul className="source-list" aria-label="Sources" data-testid="source-list">
      {sources.map((source) => {
        const pending = source.candidates.filter((c) => c.status === 'PENDING').length;
        return (
          <li key={source.id}>
            <button
              className={source.id === current ? 'source-item current' : 'source-item'}
              aria-current={source.id === current ? 'true' : undefined}
              onClick={() => onOpen(source.id)}
            >
              <strong>{source.title}</strong>
              <span className="muted small">
                {[source.publisher, source.publishedAt].filter(Boolean).join(' · ')}
              </span>
              <span className={pending ? 'badge status-pending' : 'badge'}>
                {pending ? `${pending} pending` : 'reviewed'}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
