// One projection for the outline and the nodes, in Cytoscape's model coordinates, so the SVG
// underlay follows the canvas with the canvas's own pan and zoom. Natural Earth: the whole world
// at once with little distortion of the populated latitudes; no tiles, no server.
import { geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';

/** The world's width in model units: wide enough that European neighbours sit apart. */
export const WORLD_WIDTH = 4000;

let projection: GeoProjection | null = null;

export function mapProjection(): GeoProjection {
  projection ??= geoNaturalEarth1().fitWidth(WORLD_WIDTH, { type: 'Sphere' });
  return projection;
}

/** The height of the projected world in model units. */
export function worldHeight(): number {
  const [[, top], [, bottom]] = geoPath(mapProjection()).bounds({ type: 'Sphere' });
  return bottom - top;
}
