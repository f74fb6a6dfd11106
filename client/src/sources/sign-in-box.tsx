// The reviewer signs in by pasting a token (made with `npm run token -- create`); the API's
// viewer field checks it and names its holder, whose name then signs every write.
import { useState, type FormEvent } from 'react';
import { VIEWER_QUERY } from '../api/curation-queries.ts';
import { requestGraphQL } from '../api/graphql-request.ts';
import type { Session } from './session.ts';
import { writeProblem } from './write-errors.ts';

interface SignInBoxProps {
  session: Session | null;
  onSession(session: Session | null): void;
  /** Why the last write was refused, when it was the token's fault. */
  refused: string | null;
}

export function SignInBox({ session, onSession, refused }: SignInBoxProps) {
  const [token, setToken] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const signIn = async (event: FormEvent) => {
    event.preventDefault();
    const pasted = token.trim();
    if (!pasted) return setProblem('Paste the token you were given (it starts with ent_).');
    setBusy(true);
    setProblem(null);
    try {
      const { viewer } = await requestGraphQL(VIEWER_QUERY, {}, undefined, pasted);
      onSession({ token: pasted, name: viewer.name, scope: viewer.scope });
      setToken('');
    } catch (error) {
      setProblem(writeProblem(error).message);
    } finally {
      setBusy(false);
    }
  };

  if (session && !refused) {
    return (
      <section className="panel sign-in" aria-label="Signed in">
        <p data-testid="signed-in">
          Signed in as <strong>{session.name}</strong> ({session.scope})
        </p>
        <button onClick={() => onSession(null)}>Sign out</button>
      </section>
    );
  }
  return (
    <form className="panel sign-in" aria-label="Sign in" onSubmit={signIn}>
      <label htmlFor="sign-in-token">Reviewer token</label>
      <input
        id="sign-in-token"
        type="password"
        autoComplete="off"
        spellCheck={false}
        placeholder="ent_…"
        value={token}
        onChange={(event) => setToken(event.target.value)}
        data-testid="sign-in-token"
      />
      <button type="submit" disabled={busy}>
        {busy ? 'Checking…' : 'Sign in'}
      </button>
      <p className="muted small">Reading needs no token; adding and reviewing do.</p>
      {(problem ?? refused) && (
        <p className="error" role="alert" data-testid="sign-in-error">
          {problem ?? refused}
        </p>
      )}
    </form>
  );
}
