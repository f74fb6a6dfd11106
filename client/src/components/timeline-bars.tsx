// The bars behind the date sliders: facts per period on an even axis, the selected range
// darker. On a month axis, facts known only to their year are drawn apart (a pale band across
// the year's months), never piled into January; the caption says which axis it is.
import type { TimelineBin } from '../graph/timeline.ts';

export function TimelineBars({
  bins,
  start,
  end,
}: {
  bins: readonly TimelineBin[];
  start: number;
  end: number;
}) {
  const byMonth = bins[0]?.period.length === 7;
  // A year-only fact is spread over its twelve months: a twelfth of a bar in each.
  const height = (bin: TimelineBin) => bin.count + bin.yearOnly / 12;
  let max = 1;
  for (const bin of bins) max = Math.max(max, height(bin));
  const yearOnly = bins.some((bin) => bin.yearOnly > 0);
  const first = bins[0]?.period;
  const last = bins.at(-1)?.period;
  return (
    <figure className="timeline-figure">
      <div className="timeline" aria-hidden="true">
        {bins.map((bin, index) => {
          const title =
            `${bin.period}: ${bin.count}` +
            (bin.yearOnly ? ` (and ${bin.yearOnly} known only to the year)` : '');
          return (
            <div
              key={bin.period}
              className={index >= start && index <= end ? 'bar in-range' : 'bar'}
              title={title}
            >
              {bin.yearOnly > 0 && (
                <div
                  className="year-only"
                  style={{ height: `${((bin.yearOnly / 12 / max) * 100).toFixed(1)}%` }}
                />
              )}
              <div
                className="dated"
                style={{ height: `${((bin.count / max) * 100).toFixed(1)}%` }}
              />
            </div>
          );
        })}
      </div>
      <figcaption className="muted" data-testid="timeline-caption">
        {first} – {last}, facts per {byMonth ? 'month' : 'year'}
        {yearOnly && '; pale: known only to the year'}
      </figcaption>
    </figure>
  );
}
