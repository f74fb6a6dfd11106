// Keyboard access that works from anywhere on the page: `/` focuses the search (unless one is
// typing in a field) and Escape closes the open panel.
import { useEffect, useRef } from 'react';

export interface GlobalKeys {
  focusSearch(): void;
  escape(): void;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function useGlobalKeys(keys: GlobalKeys): void {
  const latest = useRef(keys);
  latest.current = keys;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === '/' && !isTyping(event.target)) {
        event.preventDefault();
        latest.current.focusSearch();
      } else if (event.key === 'Escape') {
        latest.current.escape();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
