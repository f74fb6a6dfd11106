// Where each node of the view goes on the map (a pure function, unit-tested): countries at the
// centroid of their shape, or at a listed fallback (former states, small territories); places at
// their coordinates; every other node beside the located nodes it links to; what is left in a
// row under the map. Nothing vanishes: each way of placing is counted, for the map's note.
import { COUNTRY_FALLBACKS, type Fallback } from './country-fallbacks.ts';
import type { LonLat } from './world-shapes.ts';

export interface MapNode {
  id: string;
  label: string;
  kind: string;
  /** ISO3 of a country. */
  iso3?: string | null;
  lat?: number | null;
  lon?: number | null;
}

export interface Point {
  x: number;
  y: number;
}

export interface MapPlacement {
  positions: Map<string, Point>;
  /** Countries at the centroid of their shape. */
  byShape: number;
  /** Countries without a shape, placed by COUNTRY_FALLBACKS: their labels. */
  byFallback: string[];
  /** Places at their latitude and longitude. */
  byCoordinates: number;
  /** Other nodes beside the located nodes they link to. */
  beside: number;
  /** Nodes with no position and no located neighbour, in a row under the map: their labels. */
  unlocated: string[];
}

export interface MapGeometry {
  centroids: ReadonlyMap<string, LonLat>;
  project(at: LonLat): Point | null;
  /** The projected world's height: the unlocated row goes under it. */
  height: number;
  fallbacks?: Readonly<Record<string, Fallback>>;
}

/** Distance of a node placed beside its anchor, and how many fit on one ring. */
const RING = { radius: 40, step: 22, perRing: 8 } as const;
const ROW = { gap: 80, spacing: 70 } as const;

function countryPoint(
  iso3: string,
  geometry: MapGeometry,
): { at: LonLat; fallback: boolean } | null {
  const shape = geometry.centroids.get(iso3);
  if (shape) return { at: shape, fallback: false };
  const fallback = (geometry.fallbacks ?? COUNTRY_FALLBACKS)[iso3];
  if (!fallback) return null;
  if ('at' in fallback) return { at: fallback.at, fallback: true };
  const successor = geometry.centroids.get(fallback.successor);
  return successor ? { at: successor, fallback: true } : null;
}

const isCoordinate = (value: unknown, limit: number): value is number =>
  typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= limit;

export function mapPositions(
  nodes: readonly MapNode[],
  edges: readonly { source: string; target: string }[],
  geometry: MapGeometry,
): MapPlacement {
  const placement: MapPlacement = {
    positions: new Map(),
    byShape: 0,
    byFallback: [],
    byCoordinates: 0,
    beside: 0,
    unlocated: [],
  };
  const { positions } = placement;
  const waiting: MapNode[] = [];
  for (const node of nodes) {
    if (node.kind === 'COUNTRY' && node.iso3) {
      const found = countryPoint(node.iso3, geometry);
      const point = found && geometry.project(found.at);
      if (found && point) {
        positions.set(node.id, point);
        if (found.fallback) placement.byFallback.push(node.label);
        else placement.byShape += 1;
        continue;
      }
    } else if (isCoordinate(node.lat, 90) && isCoordinate(node.lon, 180)) {
      const point = geometry.project([node.lon, node.lat]);
      if (point) {
        positions.set(node.id, point);
        placement.byCoordinates += 1;
        continue;
      }
    }
    waiting.push(node);
  }

  const neighbours = new Map<string, string[]>();
  for (const { source, target } of edges) {
    neighbours.set(source, [...(neighbours.get(source) ?? []), target]);
    neighbours.set(target, [...(neighbours.get(target) ?? []), source]);
  }
  // Rings around each anchor, so nodes beside one country do not pile up on each other.
  const taken = new Map<string, number>();
  let pending = waiting;
  // Each round places the nodes next to one placed in the round before (a person beside the
  // ministry beside the country); a chain longer than the view cannot occur.
  while (pending.length > 0) {
    const next: MapNode[] = [];
    const placedNow: [string, Point][] = [];
    for (const node of pending) {
      const located = (neighbours.get(node.id) ?? []).flatMap((id) => positions.get(id) ?? []);
      if (located.length === 0) {
        next.push(node);
        continue;
      }
      const anchor = {
        x: located.reduce((sum, p) => sum + p.x, 0) / located.length,
        y: located.reduce((sum, p) => sum + p.y, 0) / located.length,
      };
      const key = `${Math.round(anchor.x)},${Math.round(anchor.y)}`;
      const k = taken.get(key) ?? 0;
      taken.set(key, k + 1);
      const ring = Math.floor(k / RING.perRing);
      const angle = ((k % RING.perRing) / RING.perRing) * 2 * Math.PI + ring * 0.4;
      const radius = RING.radius + ring * RING.step;
      placedNow.push([
        node.id,
        { x: anchor.x + radius * Math.cos(angle), y: anchor.y + radius * Math.sin(angle) },
      ]);
    }
    if (placedNow.length === 0) break;
    for (const [id, point] of placedNow) positions.set(id, point);
    placement.beside += placedNow.length;
    pending = next;
  }
  pending.forEach((node, i) => {
    positions.set(node.id, { x: i * ROW.spacing, y: geometry.height + ROW.gap });
    placement.unlocated.push(node.label);
  });
  return placement;
}
