// A source's candidates in text order with their status, and how many are left to review.
import type { ReviewCandidateFragment } from '../api/generated/operations.ts';
import { describeCandidate, effectiveFields, KIND_LABELS } from './candidate-fields.ts';

const STATUSES = ['PENDING', 'ACCEPTED', 'REJECTED', 'RETRACTED'] as const;

export function statusCounts(candidates: readonly { status: string }[]): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(STATUSES.map((s) => [s, 0]));
  for (const c of candidates) counts[c.status] = (counts[c.status] ?? 0) + 1;
  return counts;
}

interface CandidateQueueProps {
  candidates: readonly ReviewCandidateFragment[];
  current: string | null;
  onPick(id: string): void;
}

export function CandidateQueue({ candidates, current, onPick }: CandidateQueueProps) {
  const counts = statusCounts(candidates);
  return (
    <section className="candidate-queue" aria-label="Candidates">
      <p className="counts" data-testid="review-counts">
        {STATUSES.map((status) => (
          <span key={status} className={`badge status-${status.toLowerCase()}`}>
            {counts[status]} {status.toLowerCase()}
          </span>
        ))}
      </p>
      <ol className="queue" data-testid="candidate-queue">
        {candidates.map((c) => (
          <li key={c.id}>
            <button
              className={c.id === current ? 'queue-item current' : 'queue-item'}
              aria-current={c.id === current ? 'true' : undefined}
              onClick={() => onPick(c.id)}
            >
              <span className={`dot status-${c.status.toLowerCase()}`} aria-hidden="true" />
              <span className="queue-kind">{KIND_LABELS[c.kind] ?? c.kind}</span>{' '}
              {describeCandidate(c.kind, effectiveFields(c.fields, c.edit))}
              <span className="visually-hidden"> ({c.status.toLowerCase()})</span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
