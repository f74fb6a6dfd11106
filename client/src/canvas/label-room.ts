// Labels that do not overlap: each node's label is drawn only if its box is clear of the labels
// already kept and of other nodes, taken in order of importance (the selected and focused node,
// then the path, expanded and pinned nodes, then the larger, then the better connected). The rest
// stay quiet (`quiet-label`, drawn on hover, focus or selection), so a crowded view reads as its
// main actors, not as a smear. The selected and focused labels are the ones the researcher is
// reading: they are always drawn, over other nodes if need be (on a text background, cy-style.ts),
// and the labels they cover go quiet instead.
// Labels scale with the zoom like the nodes, so overlaps in model coordinates are the same at
// every zoom: the pass reruns when positions, the stylesheet or the marks change, not on zoom.
import type { Core, NodeSingular } from 'cytoscape';

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface LabelCandidate {
  id: string;
  box: Box;
}

/** Views above this many nodes skip the pass: min-zoomed-font-size thins them (cy-style.ts). */
export const LABEL_PASS_LIMIT = 3000;
/** Gap kept between two labels, in model units at zoom 1. */
const GAP = 2;
const CELL = 120;

const overlaps = (a: Box, b: Box) =>
  a.x1 < b.x2 + GAP && b.x1 < a.x2 + GAP && a.y1 < b.y2 + GAP && b.y1 < a.y2 + GAP;

/**
 * The ids whose labels are drawn, from candidates in order of importance: each is kept when its
 * box overlaps no box kept before it and no obstacle but its own (the nodes' bodies: a label
 * half under another node reads as wrong as two labels on each other). The `raised` ids are
 * kept whatever they overlap and block the others like any kept label (pass them first). A grid
 * of cells finds the near boxes.
 */
export function clearLabels(
  candidates: readonly LabelCandidate[],
  obstacles: readonly LabelCandidate[] = [],
  raised: ReadonlySet<string> = new Set(),
): Set<string> {
  const kept = new Set<string>();
  const grid = new Map<string, LabelCandidate[]>();
  const cells = (box: Box) => {
    const keys: string[] = [];
    for (let cx = Math.floor(box.x1 / CELL); cx <= Math.floor(box.x2 / CELL); cx++) {
      for (let cy = Math.floor(box.y1 / CELL); cy <= Math.floor(box.y2 / CELL); cy++) {
        keys.push(`${cx},${cy}`);
      }
    }
    return keys;
  };
  const add = (item: LabelCandidate) => {
    for (const key of cells(item.box)) grid.set(key, [...(grid.get(key) ?? []), item]);
  };
  obstacles.forEach(add);
  for (const candidate of candidates) {
    const { id, box } = candidate;
    const blocked =
      !raised.has(id) &&
      cells(box).some((key) =>
        grid.get(key)?.some((other) => other.id !== id && overlaps(box, other.box)),
      );
    if (blocked) continue;
    kept.add(id);
    // Kept labels block every later one, their own node's included (a key of its own).
    add({ id: `label:${id}`, box });
  }
  return kept;
}

const labelBox = (node: NodeSingular): Box | null => {
  if (!node.data('label')) return null;
  const box = node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
  return box.w > 0 && Number.isFinite(box.w) ? box : null;
};

/** The nodes whose labels are always drawn: the selected one and the one the keyboard is on. */
const isRaised = (node: NodeSingular) => node.selected() || node.hasClass('key-focus');

/**
 * Marks `quiet-label` on the nodes whose labels would overlap a more important one; `first`
 * are the ids that come next after the selected and focused nodes (path, expanded, pinned).
 */
export function quietCrowdedLabels(cy: Core, first: ReadonlySet<string>): void {
  const nodes = cy.nodes();
  if (nodes.length > LABEL_PASS_LIMIT) {
    cy.batch(() => nodes.removeClass('quiet-label'));
    return;
  }
  const raised = new Set(nodes.filter(isRaised).map((node) => node.id()));
  const rank = (node: NodeSingular): [number, number, number, number] => [
    raised.has(node.id()) ? 1 : 0,
    first.has(node.id()) ? 1 : 0,
    Number(node.data('size')) || 0,
    node.degree(false),
  ];
  const ordered = nodes.toArray().sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)];
    return (
      rb[0] - ra[0] ||
      rb[1] - ra[1] ||
      rb[2] - ra[2] ||
      rb[3] - ra[3] ||
      a.id().localeCompare(b.id())
    );
  });
  const candidates = ordered.flatMap((node) => {
    const box = labelBox(node);
    return box ? [{ id: node.id(), box }] : [];
  });
  const bodies = nodes.map((node) => ({
    id: node.id(),
    box: node.boundingBox({ includeLabels: false, includeOverlays: false }),
  }));
  const shown = clearLabels(candidates, bodies, raised);
  cy.batch(() => {
    nodes.forEach((node) => {
      node.toggleClass('quiet-label', !shown.has(node.id()));
    });
  });
}
