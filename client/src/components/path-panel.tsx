// Path mode: pick two nodes (by search, or "path from/to here" on a selected node) and the
// equally short paths between them are loaded into the view, the best one highlighted; the
// researcher steps through the others.
import type { Graph } from '../../../schema/graph.ts';
import { chosenPath } from '../api/load-view.ts';
import { PathSteps } from './path-steps.tsx';
import { SearchBox } from './search-box.tsx';

export interface PathEnd {
  id: string;
  label: string;
}

export interface PathDraft {
  from: PathEnd | null;
  to: PathEnd | null;
}

interface PathPanelProps {
  draft: PathDraft;
  onDraft(draft: PathDraft): void;
  /** The path in the view, when path mode is on. */
  active: { from: string; to: string; choice: number } | null;
  /** The equally short paths found, best first. */
  result: Graph[] | null;
  loading: boolean;
  onFind(from: string, to: string): void;
  onChoose(choice: number): void;
  onClear(): void;
  /** Opens a hop's node or relationship in the details panel. */
  onOpen(selection: { type: 'node' | 'edge'; id: string }): void;
}

export function PathPanel({
  draft,
  onDraft,
  active,
  result,
  loading,
  onFind,
  onChoose,
  onClear,
  onOpen,
}: PathPanelProps) {
  const count = result?.length ?? 0;
  const { index: choice, path: shown } = chosenPath(result, active?.choice ?? 0);
  const hops = shown ? shown.edges.length : 0;
  return (
    <section className="panel" aria-labelledby="path-title">
      <h2 id="path-title">Path</h2>
      {(['from', 'to'] as const).map((end) => (
        <div key={end}>
          <SearchBox
            label={end === 'from' ? 'From' : 'To'}
            clearOnChoose={false}
            testId={`path-${end}`}
            onChoose={(hit) => onDraft({ ...draft, [end]: { id: hit.id, label: hit.name } })}
          />
          {draft[end] && (
            <p className="chosen">
              {end === 'from' ? 'From' : 'To'}: {draft[end].label}
            </p>
          )}
        </div>
      ))}
      <div className="actions">
        <button
          disabled={!draft.from || !draft.to}
          onClick={() => draft.from && draft.to && onFind(draft.from.id, draft.to.id)}
        >
          Find shortest path
        </button>
        {active && <button onClick={onClear}>Clear path</button>}
      </div>
      {active && loading && <p className="muted">Finding the path…</p>}
      {active && !loading && result && (
        <p role="status" data-testid="path-status">
          {!shown
            ? 'No path between them within 6 hops (with the current filters).'
            : `Path of ${hops} ${hops === 1 ? 'hop' : 'hops'} through ${shown.nodes.length} nodes` +
              (count > 1 ? ` (${choice + 1} of ${count} as short).` : '.')}
        </p>
      )}
      {active && !loading && shown && (
        <PathSteps path={shown} start={active.from} onOpen={onOpen} />
      )}
      {active && !loading && count > 1 && (
        <div className="actions">
          <button disabled={choice === 0} onClick={() => onChoose(choice - 1)}>
            Previous path
          </button>
          <button disabled={choice === count - 1} onClick={() => onChoose(choice + 1)}>
            Next path
          </button>
        </div>
      )}
    </section>
  );
}
