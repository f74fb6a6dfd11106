// The candidate under review: what it says, its quote, and what the reviewer can do with it
// (the keys beside each button are review-keys.ts). Editing and merging open in place.
import { useState } from 'react';
import type { ReviewCandidateFragment } from '../api/generated/operations.ts';
import type { CandidateEdit } from '../../../schema/generated/graphql.ts';
import {
  describeCandidate,
  editFrom,
  effectiveFields,
  formValues,
  KIND_LABELS,
  MERGE_KINDS,
} from './candidate-fields.ts';
import { FactFields } from './fact-fields.tsx';
import { MergePicker } from './merge-picker.tsx';

export type CardMode = 'view' | 'edit' | 'merge';

interface CandidateCardProps {
  candidate: ReviewCandidateFragment;
  mode: CardMode;
  busy: boolean;
  onMode(mode: CardMode): void;
  onAccept(edit: CandidateEdit | null, mergeInto: string | null): void;
  onReject(): void;
  onRetract(): void;
  onShowInGraph(id: string): void;
}

function Key({ k }: { k: string }) {
  return <kbd aria-hidden="true">{k}</kbd>;
}

function EditForm({
  candidate,
  busy,
  onAccept,
  onCancel,
}: {
  candidate: ReviewCandidateFragment;
  busy: boolean;
  onAccept(edit: CandidateEdit): void;
  onCancel(): void;
}) {
  const fields = effectiveFields(candidate.fields, candidate.edit);
  const [values, setValues] = useState(() => formValues(candidate.kind, fields));
  return (
    <form
      className="edit-form"
      aria-label="Edit, then accept"
      onSubmit={(event) => {
        event.preventDefault();
        onAccept(editFrom(candidate.kind, fields, values));
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <FactFields
        kind={candidate.kind}
        values={values}
        autoFocus
        onChange={(field, value) => setValues((v) => ({ ...v, [field]: value }))}
      />
      <div className="actions">
        <button type="submit" disabled={busy} data-testid="edit-accept">
          Accept with these fields
        </button>
        <button type="button" onClick={onCancel}>
          Cancel (Escape)
        </button>
      </div>
    </form>
  );
}

export function CandidateCard(props: CandidateCardProps) {
  const { candidate, mode, busy, onMode } = props;
  const fields = effectiveFields(candidate.fields, candidate.edit);
  const pending = candidate.status === 'PENDING';
  const accepted = candidate.status === 'ACCEPTED';
  return (
    <article
      className={`candidate-card status-${candidate.status.toLowerCase()}`}
      aria-label="Candidate under review"
      data-testid="candidate-card"
    >
      <p className="kind">
        {KIND_LABELS[candidate.kind] ?? candidate.kind}
        <span
          className={`badge status-${candidate.status.toLowerCase()}`}
          data-testid="card-status"
        >
          {candidate.status.toLowerCase()}
        </span>
        <span className="muted small"> confidence {candidate.confidence.toFixed(2)}</span>
      </p>
      <h3 data-testid="card-title">{describeCandidate(candidate.kind, fields)}</h3>
      <blockquote>“{candidate.quote}”</blockquote>
      {candidate.linkedId && pending && (
        <p className="small">
          Already in the graph as <code>{candidate.linkedId}</code>
        </p>
      )}
      {candidate.reviewedBy && (
        <p className="small" data-testid="card-reviewed">
          {candidate.status.toLowerCase()} by {candidate.reviewedBy}
          {candidate.reviewedAt && ` on ${candidate.reviewedAt.slice(0, 10)}`}
          {candidate.factId && (
            <>
              {' '}
              as <code>{candidate.factId}</code>
            </>
          )}
        </p>
      )}
      {pending && mode === 'view' && (
        <div className="actions" role="group" aria-label="Review">
          <button
            className="primary"
            disabled={busy}
            onClick={() => props.onAccept(null, null)}
            data-testid="accept"
          >
            Accept <Key k="a" />
          </button>
          <button disabled={busy} onClick={() => onMode('edit')} data-testid="edit">
            Edit… <Key k="e" />
          </button>
          {MERGE_KINDS[candidate.kind] && (
            <button disabled={busy} onClick={() => onMode('merge')} data-testid="merge">
              Merge… <Key k="m" />
            </button>
          )}
          <button disabled={busy} onClick={props.onReject} data-testid="reject">
            Reject <Key k="r" />
          </button>
        </div>
      )}
      {accepted && (
        <div className="actions" role="group" aria-label="Accepted fact">
          {candidate.factId && (
            <button
              onClick={() => props.onShowInGraph(candidate.factId!)}
              data-testid="show-in-graph"
            >
              Show in graph <Key k="g" />
            </button>
          )}
          <button
            className="danger"
            disabled={busy}
            onClick={props.onRetract}
            data-testid="retract"
          >
            Retract <Key k="x" />
          </button>
        </div>
      )}
      {pending && mode === 'edit' && (
        <EditForm
          key={candidate.id}
          candidate={candidate}
          busy={busy}
          onAccept={(edit) => props.onAccept(edit, null)}
          onCancel={() => onMode('view')}
        />
      )}
      {pending && mode === 'merge' && (
        <MergePicker
          key={candidate.id}
          kind={candidate.kind}
          name={String(fields.name ?? fields.iso3 ?? candidate.quote)}
          linkedId={candidate.linkedId}
          onMerge={(id) => props.onAccept(null, id)}
          onCancel={() => onMode('view')}
        />
      )}
    </article>
  );
}
