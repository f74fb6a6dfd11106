// The date range: a timeline of the dated facts in view (bars per month or year) with two
// sliders over it. The range is sent to the API with the other filters once the researcher
// stops moving a slider, so a drag costs one request, not one per step.
import { useEffect, useState } from 'react';
import { periodEnd, rangeIndices, type TimelineBin } from '../graph/timeline.ts';

/** Pause after the last slider move before the view reloads, in ms. */
const COMMIT_DELAY_MS = 400;

interface DateRangeProps {
  bins: readonly TimelineBin[];
  from: string | null;
  to: string | null;
  onChange(from: string | null, to: string | null): void;
}

export function DateRange({ bins, from, to, onChange }: DateRangeProps) {
  const [range, setRange] = useState(() => rangeIndices(bins, from, to));
  const [dirty, setDirty] = useState(false);
  useEffect(() => {
    if (!dirty) setRange(rangeIndices(bins, from, to));
  }, [bins, from, to, dirty]);
  useEffect(() => {
    if (!dirty) return;
    const timer = setTimeout(() => {
      setDirty(false);
      const [start, end] = range;
      const whole = start === 0 && end === bins.length - 1;
      const first = bins[start]?.period;
      const last = bins[end]?.period;
      onChange(whole || !first ? null : first, whole || !last ? null : periodEnd(last));
    }, COMMIT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [dirty, range, bins, onChange]);

  if (bins.length === 0) {
    return (
      <section className="panel" aria-labelledby="dates-title">
        <h2 id="dates-title">Dates</h2>
        <p className="muted">No dated events in view.</p>
      </section>
    );
  }
  const max = Math.max(1, ...bins.map((bin) => bin.count));
  const [start, end] = range;
  const move = (which: 0 | 1, value: number) => {
    setDirty(true);
    setRange(([a, b]) => (which === 0 ? [Math.min(value, b), b] : [a, Math.max(value, a)]));
  };
  return (
    <section className="panel date-range" aria-labelledby="dates-title">
      <h2 id="dates-title">Dates</h2>
      <div className="timeline" aria-hidden="true">
        {bins.map((bin, index) => (
          <div
            key={bin.period}
            className={index >= start && index <= end ? 'bar in-range' : 'bar'}
            style={{ height: `${Math.round((bin.count / max) * 100)}%` }}
            title={`${bin.period}: ${bin.count}`}
          />
        ))}
      </div>
      <label>
        From <strong>{bins[start]?.period}</strong>
        <input
          type="range"
          min={0}
          max={bins.length - 1}
          value={start}
          data-testid="date-from"
          onChange={(event) => move(0, Number(event.target.value))}
        />
      </label>
      <label>
        To <strong>{bins[end]?.period}</strong>
        <input
          type="range"
          min={0}
          max={bins.length - 1}
          value={end}
          data-testid="date-to"
          onChange={(event) => move(1, Number(event.target.value))}
        />
      </label>
      {(from || to) && (
        <button onClick={() => onChange(null, null)} className="link">
          All dates
        </button>
      )}
    </section>
  );
}
