// Bars per year for a dyad on an even year axis (the API lists every year from the first to
// the last): meetings, exercises and agreements stacked, other events on top; the first and
// last year labelled, and under them the Goldstein sum per year.
import type { DyadSummary } from '../api/use-dyad.ts';
import { EDGE_COLOURS } from '../graph/colours.ts';
import { GoldsteinBars } from './goldstein-bars.tsx';

const SERIES = [
  { key: 'meetings', label: 'Meetings', colour: EDGE_COLOURS.MEETINGS },
  { key: 'exercises', label: 'Exercises', colour: EDGE_COLOURS.EXERCISES },
  { key: 'agreements', label: 'Agreements', colour: EDGE_COLOURS.AGREEMENTS },
  { key: 'other', label: 'Other events', colour: EDGE_COLOURS.DYAD },
] as const;

type Year = DyadSummary['years'][number];

function values(year: Year): Record<(typeof SERIES)[number]['key'], number> {
  return {
    meetings: year.meetings,
    exercises: year.exercises,
    agreements: year.agreements,
    other: Math.max(0, year.events - year.meetings - year.exercises),
  };
}

export function DyadChart({ years }: { years: DyadSummary['years'] }) {
  if (years.length === 0) return <p className="muted">Nothing between them in this range.</p>;
  const sorted = [...years].sort((x, y) => x.year - y.year);
  const totals = sorted.map((year) => Object.values(values(year)).reduce((a, b) => a + b, 0));
  const max = Math.max(1, ...totals);
  return (
    <figure className="dyad-chart">
      <div className="bars" role="img" aria-label="Events and agreements per year">
        {sorted.map((year, index) => (
          <div key={year.year} className="year" title={`${year.year}: ${totals[index]}`}>
            <div className="stack">
              {SERIES.map(({ key, colour }) => {
                const value = values(year)[key];
                return value > 0 ? (
                  <div
                    key={key}
                    style={{ height: `${(value / max) * 100}%`, background: colour }}
                  />
                ) : null;
              })}
            </div>
            <span className="year-label">
              {index === 0 || index === sorted.length - 1 || sorted.length <= 12 ? year.year : ''}
            </span>
          </div>
        ))}
      </div>
      <GoldsteinBars years={sorted} />
      <figcaption>
        {SERIES.map(({ key, label, colour }) => (
          <span key={key} className="key">
            <span className="swatch" style={{ background: colour }} />
            {label}
          </span>
        ))}
        <span className="key">Goldstein sum: up cooperation, down conflict</span>
      </figcaption>
    </figure>
  );
}
