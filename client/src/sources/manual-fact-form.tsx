// A fact the extractor missed, made by hand from a span the reviewer selected in the text: it
// becomes a pending candidate with that quote, reviewed like any other.
import { useState } from 'react';
import type { CandidateEdit, CandidateKind } from '../../../schema/generated/graphql.ts';
import { editFrom, KIND_LABELS } from './candidate-fields.ts';
import { FactFields } from './fact-fields.tsx';

interface ManualFactFormProps {
  quote: string;
  busy: boolean;
  onCreate(kind: CandidateKind, fields: CandidateEdit): void;
  onCancel(): void;
}

export function ManualFactForm({ quote, busy, onCreate, onCancel }: ManualFactFormProps) {
  const [kind, setKind] = useState<CandidateKind>('person');
  const [values, setValues] = useState<Record<string, string>>({ name: quote });
  return (
    <form
      className="manual-fact"
      aria-label="Make a fact from the selection"
      onSubmit={(event) => {
        event.preventDefault();
        onCreate(kind, editFrom(kind, {}, values));
      }}
    >
      <h3>Make a fact from the selection</h3>
      <blockquote data-testid="selection-quote">“{quote}”</blockquote>
      <label className="field">
        <span>Kind</span>
        <select
          value={kind}
          onChange={(event) => setKind(event.target.value as CandidateKind)}
          data-testid="manual-kind"
        >
          {Object.entries(KIND_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <FactFields
        kind={kind}
        values={values}
        onChange={(field, value) => setValues((v) => ({ ...v, [field]: value }))}
      />
      <div className="actions">
        <button type="submit" disabled={busy} data-testid="manual-create">
          Add as a candidate
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
