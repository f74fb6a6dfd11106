// A time-ordered layout: dated nodes (events, agreements) left to right by date, one lane per
// entity kind, undated actors under the mean date of the dated nodes they touch. It answers
// "what happened in what order" that a force layout hides. Pure, so it is unit-tested.

export interface TimedNode {
  id: string;
  kind: string;
  /** ms since 1970, or null when undated. */
  time: number | null;
}

export interface Point {
  x: number;
  y: number;
}

/**
 * Spacing in pixels at zoom 1: the time axis gets `perDate` for each distinct date, within
 * [minWidth, maxWidth], so a few dates do not spread so far that fitting them shrinks the labels
 * out of sight.
 */
export const TIMELINE = {
  perDate: 220,
  minWidth: 500,
  maxWidth: 3000,
  laneGap: 120,
  rowGap: 64, // room for the largest node (60 px) and its label
  minGap: 60,
} as const;

export function axisWidth(distinctDates: number): number {
  return Math.min(TIMELINE.maxWidth, Math.max(TIMELINE.minWidth, distinctDates * TIMELINE.perDate));
}

const LANE_ORDER = [
  'EVENT',
  'AGREEMENT',
  'COUNTRY',
  'PERSON',
  'ORGANIZATION',
  'WEAPON_SYSTEM',
  'PLACE',
  'SOURCE',
];

export function timelinePositions(
  nodes: readonly TimedNode[],
  edges: readonly { source: string; target: string }[],
): Map<string, Point> {
  let earliest = Infinity;
  let latest = -Infinity;
  const dates = new Set<number>();
  for (const { time } of nodes) {
    if (time === null) continue;
    earliest = Math.min(earliest, time);
    latest = Math.max(latest, time);
    dates.add(time);
  }
  const span = Math.max(1, latest - earliest);
  const width = axisWidth(dates.size);
  const xOfTime = (time: number) => ((time - earliest) / span) * width;

  const x = new Map<string, number>();
  for (const node of nodes) if (node.time !== null) x.set(node.id, xOfTime(node.time));
  // Undated nodes sit under the mean date of their dated neighbours, or at the axis start.
  const neighbourXs = new Map<string, number[]>();
  for (const { source, target } of edges) {
    for (const [self, other] of [
      [source, target],
      [target, source],
    ] as const) {
      const otherX = x.get(other);
      if (otherX === undefined || x.has(self)) continue;
      const xs = neighbourXs.get(self);
      if (xs) xs.push(otherX);
      else neighbourXs.set(self, [otherX]);
    }
  }
  for (const node of nodes) {
    if (x.has(node.id)) continue;
    const xs = neighbourXs.get(node.id);
    x.set(node.id, xs ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  }

  // Within a lane, a node too close to the previous one drops to the next free row.
  const positions = new Map<string, Point>();
  const rank = (kind: string) =>
    LANE_ORDER.includes(kind) ? LANE_ORDER.indexOf(kind) : LANE_ORDER.length;
  const lanes = [...new Set(nodes.map((node) => node.kind))].sort((a, b) => rank(a) - rank(b));
  let laneTop = 0;
  for (const lane of lanes) {
    const members = nodes
      .filter((node) => node.kind === lane)
      .sort((a, b) => x.get(a.id)! - x.get(b.id)!);
    const rowEnds: number[] = [];
    for (const node of members) {
      const nodeX = x.get(node.id)!;
      let row = rowEnds.findIndex((end) => nodeX - end >= TIMELINE.minGap);
      if (row === -1) row = rowEnds.push(nodeX) - 1;
      rowEnds[row] = nodeX;
      positions.set(node.id, { x: nodeX, y: laneTop + row * TIMELINE.rowGap });
    }
    laneTop += Math.max(1, rowEnds.length) * TIMELINE.rowGap + TIMELINE.laneGap;
  }
  return positions;
}
