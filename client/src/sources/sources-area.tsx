// The Sources area: sign in, add a source, read it with its candidates highlighted, review them
// one by one (keys or buttons), make a fact from a selected span, retract an accepted one.
// Every write goes with the reviewer's token; after one that changes the graph the explorer's
// view is asked again (onGraphChanged), so the graph underneath is current without a reload.
import { useEffect, useRef, useState } from 'react';
import type {
  AddSourceInput,
  CandidateEdit,
  CandidateKind,
} from '../../../schema/generated/graphql.ts';
import {
  ACCEPT_MUTATION,
  ADD_SOURCE_MUTATION,
  CREATE_CANDIDATE_MUTATION,
  REJECT_MUTATION,
  RETRACT_MUTATION,
} from '../api/curation-queries.ts';
import { requestGraphQL } from '../api/graphql-request.ts';
import { AddSourceForm } from './add-source-form.tsx';
import { CandidateCard, type CardMode } from './candidate-card.tsx';
import { CandidateQueue, statusCounts } from './candidate-queue.tsx';
import { ManualFactForm } from './manual-fact-form.tsx';
import { REVIEW_KEYS, reviewAction, stepCandidate, type ReviewAction } from './review-keys.ts';
import { useSession } from './session.ts';
import { SignInBox } from './sign-in-box.tsx';
import { SourceList } from './source-list.tsx';
import type { SourcesGo, SourcesRoute } from './sources-route.ts';
import { SourceText } from './source-text.tsx';
import { useSourcesData } from './use-sources-data.ts';
import { writeProblem } from './write-errors.ts';

interface SourcesAreaProps {
  route: SourcesRoute;
  go: SourcesGo;
  /** An accepted or retracted fact changed the graph: the view is loaded again. */
  onGraphChanged(): void;
  /** Opens a node in the explorer (and leaves the Sources area). */
  onShowInGraph(id: string): void;
  onClose(): void;
}

export function SourcesArea({
  route,
  go,
  onGraphChanged,
  onShowInGraph,
  onClose,
}: SourcesAreaProps) {
  const [session, setSession] = useSession();
  const [refused, setRefused] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [mode, setMode] = useState<CardMode>('view');
  const [span, setSpan] = useState<{ start: number; end: number } | null>(null);
  const { list, document: doc } = useSourcesData(route.source, version);
  const document = doc.data && doc.data.id === route.source ? doc.data : null;
  const candidates = document?.candidates ?? [];
  const current =
    candidates.find((c) => c.id === route.candidate) ??
    candidates.find((c) => c.status === 'PENDING') ??
    candidates[0] ??
    null;

  const pick = (id: string | null) => {
    if (!id || !route.source) return;
    setMode('view');
    go({ source: route.source, candidate: id }, { replace: true });
  };

  async function write<T>(run: (token: string) => Promise<T>): Promise<T | null> {
    if (!session) {
      setRefused('Sign in with your reviewer token to add or review sources.');
      return null;
    }
    setBusy(true);
    setProblem(null);
    try {
      return await run(session.token);
    } catch (error) {
      const found = writeProblem(error);
      if (found.signIn) {
        setSession(null);
        setRefused(found.message);
      } else setProblem(found.message);
      return null;
    } finally {
      setBusy(false);
    }
  }

  /** After a review, on to the next pending candidate (the one reviewed no longer counts). */
  const reviewed = (id: string, graphChanged: boolean) => {
    const after = candidates.map((c) => (c.id === id ? { ...c, status: 'DONE' } : c));
    const next = stepCandidate(after, id, 'nextPending');
    setVersion((v) => v + 1);
    setMode('view');
    if (next) pick(next);
    if (graphChanged) onGraphChanged();
  };

  const accept = async (edit: CandidateEdit | null, mergeInto: string | null) => {
    if (!current) return;
    const done = await write((token) =>
      requestGraphQL(ACCEPT_MUTATION, { id: current.id, edit, mergeInto }, undefined, token),
    );
    if (done) reviewed(current.id, true);
  };
  const reject = async () => {
    if (!current) return;
    const done = await write((token) =>
      requestGraphQL(REJECT_MUTATION, { id: current.id }, undefined, token),
    );
    if (done) reviewed(current.id, false);
  };
  const retract = async () => {
    if (!current || current.status !== 'ACCEPTED') return;
    const done = await write((token) =>
      requestGraphQL(RETRACT_MUTATION, { id: current.id }, undefined, token),
    );
    if (done) {
      setVersion((v) => v + 1);
      onGraphChanged();
    }
  };
  const add = async (input: AddSourceInput) => {
    const done = await write((token) =>
      requestGraphQL(ADD_SOURCE_MUTATION, { input }, undefined, token),
    );
    if (!done) return;
    const { source, candidates: found, created } = done.addSource;
    setAdding(false);
    setVersion((v) => v + 1);
    setProblem(created ? null : 'This text was added before: here is the stored source.');
    go({ source: source.id, candidate: found.find((c) => c.status === 'PENDING')?.id ?? null });
  };
  const createFact = async (kind: CandidateKind, fields: CandidateEdit) => {
    if (!span || !document) return;
    const done = await write((token) =>
      requestGraphQL(
        CREATE_CANDIDATE_MUTATION,
        { input: { sourceId: document.id, start: span.start, end: span.end, kind, fields } },
        undefined,
        token,
      ),
    );
    if (!done) return;
    setSpan(null);
    window.getSelection()?.removeAllRanges();
    setVersion((v) => v + 1);
    pick(done.createCandidate.id);
  };

  const perform = (action: ReviewAction) => {
    if (!current || busy) return;
    const pending = current.status === 'PENDING';
    if (action === 'accept' && pending) void accept(null, null);
    else if (action === 'reject' && pending) void reject();
    else if (action === 'edit' && pending) setMode('edit');
    else if (action === 'merge' && pending) setMode('merge');
    else if (action === 'retract') void retract();
    else if (action === 'showInGraph' && current.factId) onShowInGraph(current.factId);
    else if (action === 'next' || action === 'previous' || action === 'nextPending')
      pick(stepCandidate(candidates, current.id, action));
  };
  const latest = useRef(perform);
  latest.current = perform;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const action = reviewAction(event);
      if (!action) return;
      // The key is a command, not a letter for the field the command opens.
      event.preventDefault();
      latest.current(action);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const allCandidates = (list.data ?? []).flatMap((s) => s.candidates);
  const pendingTotal = statusCounts(allCandidates).PENDING;
  return (
    <section className="sources-area" aria-label="Sources" data-testid="sources-area">
      <aside className="sources-side">
        <header className="sources-header">
          <h2>Sources</h2>
          <button onClick={onClose} data-testid="close-sources">
            Back to the graph
          </button>
        </header>
        <SignInBox
          session={session}
          refused={refused}
          onSession={(next) => {
            setSession(next);
            setRefused(null);
          }}
        />
        <button className="primary" onClick={() => setAdding(true)} data-testid="add-source">
          Add a source
        </button>
        <p className="muted small" data-testid="pending-total">
          {pendingTotal} candidate{pendingTotal === 1 ? '' : 's'} pending in{' '}
          {list.data?.length ?? 0} source{list.data?.length === 1 ? '' : 's'}
        </p>
        <SourceList
          sources={list.data ?? []}
          current={route.source}
          onOpen={(id) => go({ source: id, candidate: null })}
        />
      </aside>
      <div className="sources-reader">
        {adding ? (
          <AddSourceForm
            busy={busy}
            problem={problem}
            onAdd={add}
            onCancel={() => setAdding(false)}
          />
        ) : document ? (
          <article aria-labelledby="source-title">
            <h2 id="source-title">{document.title}</h2>
            <p className="muted small">
              {[document.publisher, document.publishedAt, `added by ${document.addedBy}`]
                .filter(Boolean)
                .join(' · ')}
              {document.url && (
                <>
                  {' · '}
                  <a href={document.url} target="_blank" rel="noreferrer noopener">
                    {document.url}
                  </a>
                </>
              )}
            </p>
            <SourceText
              text={document.text}
              candidates={candidates}
              current={current?.id ?? null}
              onPick={pick}
              onSelectSpan={setSpan}
            />
          </article>
        ) : (
          <p className="muted">
            {route.source
              ? doc.error
                ? doc.error.message
                : 'Loading the source…'
              : 'Choose a source or add one.'}
          </p>
        )}
      </div>
      <aside className="sources-review" aria-label="Review">
        {problem && !adding && (
          <p className="error" role="alert" data-testid="review-error">
            {problem}
          </p>
        )}
        {span && document && (
          <ManualFactForm
            key={`${span.start}-${span.end}`}
            quote={document.text.slice(span.start, span.end)}
            busy={busy}
            onCreate={createFact}
            onCancel={() => setSpan(null)}
          />
        )}
        {current && (
          <CandidateCard
            candidate={current}
            mode={mode}
            busy={busy}
            onMode={setMode}
            onAccept={accept}
            onReject={reject}
            onRetract={retract}
            onShowInGraph={onShowInGraph}
          />
        )}
        {document && (
          <p className="keys small" data-testid="review-keys">
            {REVIEW_KEYS.map((k) => (
              <span key={k.key}>
                <kbd>{k.key}</kbd> {k.label}
              </span>
            ))}
          </p>
        )}
        {document && (
          <CandidateQueue candidates={candidates} current={current?.id ?? null} onPick={pick} />
        )}
      </aside>
    </section>
  );
}
