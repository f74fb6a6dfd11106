// A number input that commits when the researcher leaves it or presses Enter, not on every
// keystroke (each commit reloads the view). Out-of-range or empty text snaps back.
import { useEffect, useState } from 'react';

export function NumberField({
  label,
  value,
  min,
  max,
  step = 1,
  testId,
  onCommit,
}: {
  label: string;
  value: number;
  min: number;
  max: number;
  step?: number;
  testId?: string;
  onCommit(value: number): void;
}) {
  const [text, setText] = useState(String(value));
  useEffect(() => setText(String(value)), [value]);
  const commit = () => {
    const next = Number(text);
    if (text.trim() === '' || !Number.isFinite(next) || next < min || next > max) {
      setText(String(value));
    } else if (next !== value) onCommit(next);
  };
  return (
    <label className="number-field">
      {label}
      <input
        type="number"
        min={min}
        max={max}
        step={step}
        value={text}
        data-testid={testId}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
    </label>
  );
}
