// Cooperation and conflict over time for a dyad: the Goldstein sum of each year's shared
// events, above the axis when cooperative, below when conflictual, on the same even year axis
// as the counts above it.
import type { DyadSummary } from '../api/use-dyad.ts';

export function GoldsteinBars({ years }: { years: DyadSummary['years'] }) {
  let max = 0;
  for (const year of years) max = Math.max(max, Math.abs(year.goldsteinSum));
  if (max === 0) return null;
  return (
    <div
      className="goldstein"
      role="img"
      aria-label="Goldstein sum per year"
      data-testid="goldstein"
    >
      {years.map((year) => {
        const share = (Math.abs(year.goldsteinSum) / max) * 50;
        return (
          <div
            key={year.year}
            className="g-year"
            title={`${year.year}: Goldstein sum ${year.goldsteinSum.toFixed(1)}`}
          >
            <div
              className={year.goldsteinSum >= 0 ? 'g-bar cooperation' : 'g-bar conflict'}
              style={
                year.goldsteinSum >= 0
                  ? { bottom: '50%', height: `${share}%` }
                  : { top: '50%', height: `${share}%` }
              }
            />
          </div>
        );
      })}
    </div>
  );
}
