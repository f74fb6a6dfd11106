// The reviewer's token for this tab: sessionStorage, so it goes when the tab closes and is
// never written to the URL (links are shared) nor to localStorage (which outlives the tab).
import { useCallback, useState } from 'react';

const KEY = 'entente.token';

export interface Session {
  token: string;
  /** The token holder's name and scope, as the API's viewer answered at sign-in. */
  name: string;
  scope: string;
}

function read(): Session | null {
  try {
    const raw = window.sessionStorage.getItem(KEY);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<Session>;
    return typeof value.token === 'string' && typeof value.name === 'string'
      ? { token: value.token, name: value.name, scope: String(value.scope ?? '') }
      : null;
  } catch {
    // Storage disabled or a hand-edited value: signed out.
    return null;
  }
}

export function useSession(): [Session | null, (session: Session | null) => void] {
  const [session, setSession] = useState<Session | null>(read);
  const change = useCallback((next: Session | null) => {
    try {
      if (next) window.sessionStorage.setItem(KEY, JSON.stringify(next));
      else window.sessionStorage.removeItem(KEY);
    } catch {
      // Without storage the session lasts as long as the page.
    }
    setSession(next);
  }, []);
  return [session, change];
}
