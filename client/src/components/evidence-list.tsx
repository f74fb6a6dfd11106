// The evidence behind a node or edge: the quote (for text sources), the source's title,
// publisher and a link. Dataset rows have no quote; their source is the row itself.
import type { Evidence } from '../../../schema/graph.ts';

export function EvidenceList({ evidence }: { evidence: readonly Evidence[] }) {
  if (evidence.length === 0) return <p className="muted">No evidence recorded.</p>;
  return (
    <ul className="evidence-list" aria-label="Evidence">
      {evidence.map((item, index) => (
        <li key={`${item.sourceId}-${index}`} className="evidence" data-testid="evidence">
          {item.quote && <blockquote>“{item.quote}”</blockquote>}
          <div className="source">
            {item.url ? (
              <a href={item.url} target="_blank" rel="noreferrer noopener">
                {item.sourceTitle ?? item.sourceId}
              </a>
            ) : (
              <span>{item.sourceTitle ?? item.sourceId}</span>
            )}
            {item.publisher && <span className="publisher"> · {item.publisher}</span>}
          </div>
        </li>
      ))}
    </ul>
  );
}
