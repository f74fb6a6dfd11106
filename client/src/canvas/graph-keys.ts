// Moving through the graph with the keyboard, as pure functions of node positions: an arrow goes
// to the node that lies most nearly that way (a neighbour of the focused node when one does),
// N and P go through all nodes in reading order (rows top to bottom, left to right in a row).

export interface KeyNode {
  id: string;
  x: number;
  y: number;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

const AXES: Record<Direction, [number, number]> = {
  left: [-1, 0],
  right: [1, 0],
  up: [0, -1],
  down: [0, 1],
};

/** Arrow keys by their KeyboardEvent.key. */
export const ARROWS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/**
 * The candidate nearest to `from` in the direction, within 60 degrees either side of it; a
 * sideways step costs twice a forward one, so the arrow goes where the eye expects.
 */
export function nodeInDirection(
  from: KeyNode,
  candidates: readonly KeyNode[],
  direction: Direction,
): string | null {
  const [ax, ay] = AXES[direction];
  let best: string | null = null;
  let bestCost = Infinity;
  for (const node of candidates) {
    if (node.id === from.id) continue;
    const dx = node.x - from.x;
    const dy = node.y - from.y;
    const along = dx * ax + dy * ay;
    const across = Math.abs(dx * ay - dy * ax);
    if (along <= 0 || across > along * Math.tan(Math.PI / 3)) continue;
    const cost = along + 2 * across;
    if (cost < bestCost) [best, bestCost] = [node.id, cost];
  }
  return best;
}

/** Nodes in reading order: rows `rowHeight` tall from the top, left to right within a row. */
export function readingOrder(nodes: readonly KeyNode[], rowHeight: number): string[] {
  return [...nodes]
    .sort(
      (a, b) =>
        Math.floor(a.y / rowHeight) - Math.floor(b.y / rowHeight) ||
        a.x - b.x ||
        a.id.localeCompare(b.id),
    )
    .map((node) => node.id);
}
