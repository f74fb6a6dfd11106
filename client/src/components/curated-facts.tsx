// Who put a curated fact into the graph: the accepted candidates behind a node (its acceptance
// or a merge into it), each with its quote, the reviewer and the day, and a way back to its
// place in the source's text. Seed and dataset facts have none, and the section is left out.
import { FACT_CANDIDATES_QUERY } from '../api/curation-queries.ts';
import { requestGraphQL } from '../api/graphql-request.ts';
import { useQuery } from '../api/use-query.ts';

interface CuratedFactsProps {
  id: string;
  /** Moves whenever the view is loaded again (a review may have changed what is behind it). */
  version: string;
  onShowInText(sourceId: string, candidateId: string): void;
}

export function CuratedFacts({ id, version, onShowInText }: CuratedFactsProps) {
  const query = useQuery(`${id}#${version}`, (signal) =>
    requestGraphQL(FACT_CANDIDATES_QUERY, { id }, signal).then((data) => data.factCandidates),
  );
  const facts = query.data ?? [];
  if (facts.length === 0) return null;
  return (
    <>
      <h3>Curated</h3>
      <ul className="evidence-list" aria-label="Curated" data-testid="curated-facts">
        {facts.map((fact) => (
          <li key={fact.id} className="evidence curated" data-testid="curated-fact">
            <blockquote>“{fact.quote}”</blockquote>
            <p className="small" data-testid="curated-by">
              Accepted by <strong>{fact.reviewedBy}</strong>
              {fact.reviewedAt && ` on ${fact.reviewedAt.slice(0, 10)}`}
            </p>
            <button onClick={() => onShowInText(fact.sourceId, fact.id)} data-testid="show-in-text">
              Show in the text
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
