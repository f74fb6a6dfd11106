// The chosen path as a numbered list of hops, each with its relationship and evidence; a hop's
// ends open in the details panel.
import type { Graph } from '../../../schema/graph.ts';
import { pathSteps } from '../graph/path-steps.ts';

export function PathSteps({
  path,
  start,
  onOpen,
}: {
  path: Graph;
  start: string;
  onOpen(selection: { type: 'node' | 'edge'; id: string }): void;
}) {
  const steps = pathSteps(path, start);
  if (steps.length === 0) return null;
  return (
    <ol className="path-steps" data-testid="path-steps">
      {steps.map((step) => (
        <li key={step.edgeId}>
          <button className="link" onClick={() => onOpen({ type: 'node', id: step.from.id })}>
            {step.from.label}
          </button>{' '}
          <button
            className="link relation"
            onClick={() => onOpen({ type: 'edge', id: step.edgeId })}
          >
            {step.forward ? '—' : '←'} {step.type.replace(/_/g, ' ').toLowerCase()}{' '}
            {step.forward ? '→' : '—'}
          </button>{' '}
          <button className="link" onClick={() => onOpen({ type: 'node', id: step.to.id })}>
            {step.to.label}
          </button>
          {step.evidence && (
            <div className="step-evidence muted">
              {step.evidence.quote ? `“${step.evidence.quote}” ` : ''}
              <cite>{step.evidence.sourceTitle ?? step.evidence.sourceId}</cite>
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
