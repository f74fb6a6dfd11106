// The inputs for a candidate's editable fields (candidate-fields.ts), shared by the
// edit-then-accept form and the form that makes a fact from a selected span.
import { EDIT_FIELDS, FIELD_LABELS, type EditField } from './candidate-fields.ts';

interface FactFieldsProps {
  kind: string;
  values: Record<string, string>;
  onChange(field: EditField, value: string): void;
  /** Focus the first input when the form opens (keyboard review). */
  autoFocus?: boolean;
}

export function FactFields({ kind, values, onChange, autoFocus }: FactFieldsProps) {
  return (
    <div className="fact-fields">
      {(EDIT_FIELDS[kind] ?? ['name']).map((field, index) => (
        <label key={field} className="field">
          <span>{FIELD_LABELS[field]}</span>
          <input
            value={values[field] ?? ''}
            autoFocus={autoFocus && index === 0}
            onChange={(event) => onChange(field, event.target.value)}
            data-testid={`fact-${field}`}
          />
        </label>
      ))}
    </div>
  );
}
