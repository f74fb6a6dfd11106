// Where in the Sources area the reviewer is, in the URL's hash (#sources, #sources=<source id>
// &candidate=<candidate id>), apart from the graph view in the query string: opening the area
// keeps the view underneath, closing it returns to that view, and back/forward step through
// both. The token is never here.
import { useCallback, useEffect, useState } from 'react';

export interface SourcesRoute {
  source: string | null;
  candidate: string | null;
}

export function parseSourcesHash(hash: string): SourcesRoute | null {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (text !== 'sources' && !text.startsWith('sources=') && !text.startsWith('sources&'))
    return null;
  const params = new URLSearchParams(text);
  return {
    source: params.get('sources') || null,
    candidate: params.get('candidate') || null,
  };
}

export function serializeSourcesHash(route: SourcesRoute | null): string {
  if (!route) return '';
  if (!route.source) return '#sources';
  const params = new URLSearchParams({ sources: route.source });
  if (route.candidate) params.set('candidate', route.candidate);
  return `#${params.toString()}`;
}

/** `replace`: change the current history entry (moving from one candidate to the next). */
export type SourcesGo = (route: SourcesRoute | null, options?: { replace?: boolean }) => void;

export function useSourcesRoute(): [SourcesRoute | null, SourcesGo] {
  const [route, setRoute] = useState(() => parseSourcesHash(window.location.hash));
  useEffect(() => {
    const sync = () => setRoute(parseSourcesHash(window.location.hash));
    window.addEventListener('popstate', sync);
    window.addEventListener('hashchange', sync);
    return () => {
      window.removeEventListener('popstate', sync);
      window.removeEventListener('hashchange', sync);
    };
  }, []);
  const go = useCallback<SourcesGo>((next, options) => {
    const url = `${window.location.pathname}${window.location.search}${serializeSourcesHash(next)}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
      if (options?.replace) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    }
    setRoute(next);
  }, []);
  return [route, go];
}
