// A source's text with its candidates highlighted where their quotes are (start/end offsets),
// coloured by status; the current candidate is outlined and scrolled into view. Clicking a
// highlight picks its candidate; selecting any span of text offers to make a fact from it.
import { useEffect, useMemo, useRef } from 'react';
import { highlightRuns, trimmedRange } from './highlight-spans.ts';
import { KIND_LABELS } from './candidate-fields.ts';

export interface TextCandidate {
  id: string;
  kind: string;
  status: string;
  start: number;
  end: number;
}

interface SourceTextProps {
  text: string;
  candidates: readonly TextCandidate[];
  current: string | null;
  onPick(id: string): void;
  onSelectSpan(span: { start: number; end: number } | null): void;
}

/** The offset in the text of a point in the DOM inside one of the runs. */
function offsetOf(node: Node | null, offset: number): number | null {
  const element = node?.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  const run = element?.closest?.('[data-start]');
  if (!run) return null;
  return Number(run.getAttribute('data-start')) + (node === run ? 0 : offset);
}

export function SourceText({ text, candidates, current, onPick, onSelectSpan }: SourceTextProps) {
  const byId = useMemo(() => new Map(candidates.map((c) => [c.id, c])), [candidates]);
  const runs = useMemo(() => highlightRuns(text.length, candidates), [text, candidates]);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!current || !root.current) return;
    const first = [...root.current.querySelectorAll('[data-candidates]')].find((el) =>
      (el.getAttribute('data-candidates') ?? '').split(' ').includes(current),
    );
    // The reader column scrolls, never the page: scrollIntoView would scroll every ancestor,
    // and the explorer beneath makes the page itself scrollable.
    const column = root.current.closest('.sources-reader');
    if (!first || !column) return;
    const box = first.getBoundingClientRect();
    const frame = column.getBoundingClientRect();
    if (box.top < frame.top || box.bottom > frame.bottom) {
      column.scrollTop += box.top - frame.top - frame.height / 3;
    }
  }, [current]);

  const onMouseUp = () => {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || !root.current) return onSelectSpan(null);
    const range = selection.getRangeAt(0);
    if (!root.current.contains(range.commonAncestorContainer)) return onSelectSpan(null);
    const start = offsetOf(range.startContainer, range.startOffset);
    const end = offsetOf(range.endContainer, range.endOffset);
    onSelectSpan(start === null || end === null ? null : trimmedRange(text, start, end));
  };

  return (
    <div className="source-text" ref={root} onMouseUp={onMouseUp} data-testid="source-text-view">
      {runs.map((run) => {
        const piece = text.slice(run.start, run.end);
        if (run.ids.length === 0) {
          return (
            <span key={run.start} data-start={run.start}>
              {piece}
            </span>
          );
        }
        const innermost = byId.get(run.ids[0]!)!;
        const classes = [
          'candidate-mark',
          `status-${innermost.status.toLowerCase()}`,
          `depth-${Math.min(run.ids.length, 3)}`,
          current && run.ids.includes(current) ? 'current' : '',
        ];
        return (
          <mark
            key={run.start}
            data-start={run.start}
            data-candidates={run.ids.join(' ')}
            className={classes.filter(Boolean).join(' ')}
            title={run.ids
              .map(
                (id) =>
                  `${KIND_LABELS[byId.get(id)!.kind] ?? ''} (${byId.get(id)!.status.toLowerCase()})`,
              )
              .join(', ')}
            onClick={() => {
              // A click that ends a text selection makes a span, not a pick.
              if (window.getSelection()?.isCollapsed !== false) onPick(innermost.id);
            }}
          >
            {piece}
          </mark>
        );
      })}
    </div>
  );
}
