// Time playback: step or play the view one period at a time (a year on a year axis, a month on a
// month axis). Each step is an ordinary date range in the URL (from = to = the period), so a
// link keeps the period and back steps back; playing waits for each view to be drawn before
// the next, so a slow view is never skipped.
import { useEffect, useState } from 'react';
import { periodEnd, rangeIndices, type TimelineBin } from '../graph/timeline.ts';

/** Pause on each drawn period while playing, in ms. */
const STEP_MS = 1200;

export function Playback({
  bins,
  from,
  to,
  busy,
  onPeriod,
}: {
  bins: readonly TimelineBin[];
  from: string | null;
  to: string | null;
  /** The current view is still loading or being drawn. */
  busy: boolean;
  onPeriod(from: string, to: string): void;
}) {
  const [playing, setPlaying] = useState(false);
  const [start, end] = rangeIndices(bins, from, to);
  const single = (from !== null || to !== null) && start === end;
  const unit = bins[0]?.period.length === 7 ? 'month' : 'year';
  const go = (index: number) => {
    const bin = bins[index];
    if (bin) onPeriod(bin.period, periodEnd(bin.period));
  };
  // Without one period chosen, a step starts at the range's first period.
  const next = single ? start + 1 : start;
  const previous = single ? start - 1 : start;

  useEffect(() => {
    if (!playing || busy) return;
    if (next >= bins.length) {
      setPlaying(false);
      return;
    }
    const timer = setTimeout(() => go(next), single ? STEP_MS : 0);
    return () => clearTimeout(timer);
    // `go` is a new closure each render; the indices and bins name what it uses.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [playing, busy, next, single, bins]);

  if (bins.length < 2) return null;
  return (
    <div className="playback" role="group" aria-label={`Play ${unit} by ${unit}`}>
      <button disabled={previous < 0} onClick={() => go(previous)} aria-label={`Previous ${unit}`}>
        ◀
      </button>
      <button onClick={() => setPlaying((on) => !on)} data-testid="play" aria-pressed={playing}>
        {playing ? 'Pause' : `Play by ${unit}`}
      </button>
      <button disabled={next >= bins.length} onClick={() => go(next)} aria-label={`Next ${unit}`}>
        ▶
      </button>
      <span className="muted" data-testid="playback-period">
        {single ? bins[start]?.period : ''}
      </span>
    </div>
  );
}
