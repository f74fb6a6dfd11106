// The view lives in the URL: every change pushes a history entry (so back and forward step
// through views) and popstate restores one. The URL is the single source of truth; React state
// only mirrors it.
import { useCallback, useEffect, useState } from 'react';
import { parseView, serializeView } from './url-state.ts';
import type { ViewState } from './view-state.ts';

export type ViewUpdate = (update: (view: ViewState) => ViewState) => void;

export function useUrlView(): [ViewState, ViewUpdate] {
  const [view, setView] = useState<ViewState>(() => parseView(window.location.search));

  useEffect(() => {
    const onPopState = () => setView(parseView(window.location.search));
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const update = useCallback<ViewUpdate>((change) => {
    const current = parseView(window.location.search);
    const next = change(current);
    const search = serializeView(next);
    // An update that changes nothing visible adds no history entry.
    if (search !== window.location.search) {
      window.history.pushState(null, '', `${window.location.pathname}${search}`);
    }
    setView(parseView(search));
  }, []);

  return [view, update];
}
