// The evidence behind a node or edge: the quote (for text sources), the source's title,
// publisher and a link. A dataset fact's quote is its row as written (SIPRI, ICEWS, ATOP),
// shown as a row, not as prose.
import type { Evidence } from '../../../schema/graph.ts';

/** Dataset sources (and ICEWS stories), whose quotes are rows of a file. */
const isDatasetRow = (item: Evidence) =>
  item.sourceId.startsWith('source:dataset:') || item.sourceId.startsWith('source:icews:');

export function EvidenceList({ evidence }: { evidence: readonly Evidence[] }) {
  if (evidence.length === 0) return <p className="muted">No evidence recorded.</p>;
  return (
    <ul className="evidence-list" aria-label="Evidence">
      {evidence.map((item, index) => (
        <li key={`${item.sourceId}-${index}`} className="evidence" data-testid="evidence">
          {item.quote &&
            (isDatasetRow(item) ? (
              <pre className="dataset-row-text" aria-label="Dataset row">
                {item.quote}
              </pre>
            ) : (
              <blockquote>“{item.quote}”</blockquote>
            ))}
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
