// The view lives in the URL: every change pushes a history entry (so back and forward step
// through views) and popstate restores one. The URL is the single source of truth; React state
// only mirrors it.
import { useCallback, useEffect, useState } from 'react';
import { parseView, serializeView } from './url-state.ts';
import type { ViewState } from './view-state.ts';

/** `replace`: change the current history entry instead of adding one (a detail of one view). */
export type ViewUpdate = (
  update: (view: ViewState) => ViewState,
  options?: { replace?: boolean },
) => void;

export function useUrlView(): [ViewState, ViewUpdate] {
  const [view, setView] = useState<ViewState>(() => parseView(window.location.search));

  useEffect(() => {
    const onPopState = () => setView(parseView(window.location.search));
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const update = useCallback<ViewUpdate>((change, options) => {
    const current = parseView(window.location.search);
    const next = change(current);
    const search = serializeView(next);
    // An update that changes nothing visible adds no history entry.
    if (search !== window.location.search) {
      const url = `${window.location.pathname}${search}`;
      if (options?.replace) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    }
    setView(parseView(search));
  }, []);

  return [view, update];
}
