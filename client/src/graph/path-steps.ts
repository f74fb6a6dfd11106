// A path as the hops a researcher reads, in order from its start: each hop's two ends, the
// relationship between them (and its direction in the graph) and the evidence behind it.
import type { Evidence, Graph } from '../../../schema/graph.ts';

export interface PathStep {
  from: { id: string; label: string };
  to: { id: string; label: string };
  edgeId: string;
  type: string;
  /** False when the relationship points from `to` to `from` in the graph. */
  forward: boolean;
  evidence: Evidence | null;
}

export function pathSteps(path: Graph, start: string): PathStep[] {
  const label = (id: string) => path.nodes.find((node) => node.id === id)?.label ?? id;
  const unused = new Set(path.edges.map((edge) => edge.id));
  const steps: PathStep[] = [];
  let at = start;
  while (unused.size > 0) {
    const edge = path.edges.find((e) => unused.has(e.id) && (e.source === at || e.target === at));
    if (!edge) break;
    unused.delete(edge.id);
    const forward = edge.source === at;
    const next = forward ? edge.target : edge.source;
    steps.push({
      from: { id: at, label: label(at) },
      to: { id: next, label: label(next) },
      edgeId: edge.id,
      type: edge.type,
      forward,
      evidence: edge.evidence.find((item) => item.quote) ?? edge.evidence[0] ?? null,
    });
    at = next;
  }
  return steps;
}
