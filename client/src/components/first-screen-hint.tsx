// A short note on the first screen of what to do with it, until the researcher dismisses it
// (remembered in localStorage: it is about this browser's user, not the view, so it stays out
// of the URL). Shown only on the default view, the one a first visit opens.
import { useState } from 'react';

export const HINT_DISMISSED_KEY = 'entente.first-screen-hint.dismissed';

function dismissedBefore(): boolean {
  try {
    return window.localStorage.getItem(HINT_DISMISSED_KEY) === '1';
  } catch {
    return false; // storage blocked: show it, and let the button hide it for this page
  }
}

export function FirstScreenHint({ show }: { show: boolean }) {
  const [dismissed, setDismissed] = useState(dismissedBefore);
  if (!show || dismissed) return null;
  const dismiss = () => {
    setDismissed(true);
    try {
      window.localStorage.setItem(HINT_DISMISSED_KEY, '1');
    } catch {
      // storage blocked: hidden for this page only
    }
  };
  return (
    <section className="first-screen-hint" aria-labelledby="hint-title" data-testid="first-hint">
      <h2 id="hint-title">Countries, linked by the alliances and events they share:</h2>
      <ul>
        <li>
          <strong>Search</strong> (<kbd>/</kbd>) a country, a person or an organization
        </li>
        <li>
          <strong>Click</strong> a country or a line for its evidence
        </li>
        <li>
          <strong>Double-click</strong> a country to expand it
        </li>
        <li>
          the <strong>Dates</strong> sliders show one period
        </li>
      </ul>
      <button onClick={dismiss} data-testid="first-hint-dismiss">
        Got it
      </button>
    </section>
  );
}
