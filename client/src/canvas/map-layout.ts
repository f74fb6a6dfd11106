// The map "layout": every node at its geographic position (map/map-positions.ts), projected
// into model coordinates that the outline underlay shares (map/projection.ts).
import type { Core } from 'cytoscape';
import { mapPositions, type MapNode, type MapPlacement } from '../map/map-positions.ts';
import { mapProjection, worldHeight } from '../map/projection.ts';
import { loadWorld } from '../map/world.ts';

const numberOrNull = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/** Where the canvas's nodes go on the map, once the world has loaded. */
export async function mapPlacement(cy: Core): Promise<MapPlacement> {
  const world = await loadWorld();
  const projection = mapProjection();
  const nodes: MapNode[] = cy.nodes().map((node) => ({
    id: node.id(),
    label: String(node.data('label')),
    kind: String(node.data('kind')),
    iso3: typeof node.data('iso3') === 'string' ? (node.data('iso3') as string) : null,
    lat: numberOrNull(node.data('lat')),
    lon: numberOrNull(node.data('lon')),
  }));
  const edges = cy
    .edges()
    .map((edge) => ({ source: edge.source().id(), target: edge.target().id() }));
  return mapPositions(nodes, edges, {
    centroids: world.centroids,
    height: worldHeight(),
    project: (at) => {
      const point = projection(at);
      return point ? { x: point[0], y: point[1] } : null;
    },
  });
}
