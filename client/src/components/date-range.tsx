// The date range: a timeline over everything loaded (bars per year or month) with two sliders
// over it, how many facts have no date, and whether to keep them. The range is sent to the API
// with the other filters once the researcher stops moving a slider, so a drag costs one
// request, not one per step.
import { useEffect, useState } from 'react';
import type { DataSpan } from '../api/use-data-span.ts';
import { periodEnd, rangeIndices, rangeReading, type TimelineBin } from '../graph/timeline.ts';
import { Check } from './check.tsx';
import { Playback } from './playback.tsx';
import { TimelineBars } from './timeline-bars.tsx';

/** Pause after the last slider move before the view reloads, in ms. */
const COMMIT_DELAY_MS = 400;

interface DateRangeProps {
  bins: readonly TimelineBin[];
  from: string | null;
  to: string | null;
  onChange(from: string | null, to: string | null): void;
  span: DataSpan | null;
  includeUndated: boolean;
  onToggleUndated(): void;
  /** The view is loading or being drawn (playback waits for it). */
  busy: boolean;
}

function Undated({
  span,
  include,
  onToggle,
}: {
  span: DataSpan;
  include: boolean;
  onToggle(): void;
}) {
  const parts = [
    [span.undatedEvents, 'event'],
    [span.undatedAgreements, 'agreement'],
    [span.undatedTransfers, 'arms transfer'],
  ] as const;
  const listed = parts
    .filter(([count]) => count > 0)
    .map(([count, noun]) => `${count} ${noun}${count === 1 ? '' : 's'}`);
  if (listed.length === 0) return null;
  return (
    <div className="undated" data-testid="undated">
      <p className="muted">Undated: {listed.join(', ')}.</p>
      <Check checked={include} onToggle={onToggle}>
        Include undated facts
      </Check>
    </div>
  );
}

interface PeriodSliderProps {
  label: string;
  bins: readonly TimelineBin[];
  index: number;
  testId: string;
  onMove(index: number): void;
}

function PeriodSlider({ label, bins, index, testId, onMove }: PeriodSliderProps) {
  return (
    <label>
      {label} <strong>{bins[index]?.period}</strong>
      <input
        type="range"
        min={0}
        max={bins.length - 1}
        value={index}
        aria-valuetext={bins[index]?.period}
        data-testid={testId}
        onChange={(event) => onMove(Number(event.target.value))}
      />
    </label>
  );
}

export function DateRange(props: DateRangeProps) {
  const { bins, from, to, onChange, span } = props;
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
        <p className="muted">No dated facts loaded.</p>
        {span && (
          <Undated span={span} include={props.includeUndated} onToggle={props.onToggleUndated} />
        )}
      </section>
    );
  }
  const [start, end] = range;
  const move = (which: 0 | 1, value: number) => {
    setDirty(true);
    setRange(([a, b]) => (which === 0 ? [Math.min(value, b), b] : [a, Math.max(value, a)]));
  };
  return (
    <section className="panel date-range" aria-labelledby="dates-title">
      <h2 id="dates-title">Dates</h2>
      <p className="date-reading" data-testid="date-reading" aria-live="polite">
        {rangeReading(bins, start, end)}
      </p>
      <TimelineBars bins={bins} start={start} end={end} />
      <PeriodSlider
        label="From"
        bins={bins}
        index={start}
        testId="date-from"
        onMove={(i) => move(0, i)}
      />
      <PeriodSlider
        label="To"
        bins={bins}
        index={end}
        testId="date-to"
        onMove={(i) => move(1, i)}
      />
      {(from || to) && (
        <button onClick={() => onChange(null, null)} className="link">
          All dates
        </button>
      )}
      <Playback bins={bins} from={from} to={to} busy={props.busy} onPeriod={onChange} />
      {span && (
        <Undated span={span} include={props.includeUndated} onToggle={props.onToggleUndated} />
      )}
    </section>
  );
}
