// The world outline and each country's position, from Natural Earth's countries as the
// world-atlas package ships them (TopoJSON keyed by ISO 3166-1 numeric code). Pure: world.ts
// fetches the file, a unit test reads it from node_modules.
import { geoArea, geoCentroid } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import isoCountries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** [longitude, latitude] in degrees. */
export type LonLat = [number, number];

export interface World {
  /** The countries' shapes, for the outline, each with its ISO3 where it has one. */
  outline: FeatureCollection<Polygon | MultiPolygon, { name: string; iso3: string | null }>;
  /** ISO3 → where the country's node goes: the centroid of its largest polygon. */
  centroids: Map<string, LonLat>;
}

/** Shapes Natural Earth gives without an ISO numeric code, by their name in the file. */
const UNCODED_SHAPES: Record<string, string> = { Kosovo: 'XKK' };

/**
 * The centroid of the largest polygon, not of the whole shape: France's would fall in the
 * Atlantic between Europe and French Guiana, the United States' in Canada (Alaska, Hawaii).
 */
function mainlandCentroid(shape: Feature<Polygon | MultiPolygon>): LonLat {
  if (shape.geometry.type === 'Polygon') return geoCentroid(shape) as LonLat;
  let best: Feature<Polygon> | null = null;
  let bestArea = -1;
  for (const coordinates of shape.geometry.coordinates) {
    const part: Feature<Polygon> = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'Polygon', coordinates },
    };
    const area = geoArea(part);
    if (area > bestArea) [best, bestArea] = [part, area];
  }
  return geoCentroid(best ?? shape) as LonLat;
}

/** The outline and centroids of a world-atlas topology (pure, so a unit test can call it). */
export function worldFromTopology(topology: Topology): World {
  const countries = feature(
    topology,
    topology.objects.countries as GeometryCollection<{ name: string }>,
  ) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  const centroids = new Map<string, LonLat>();
  const features = countries.features.map((shape) => {
    const code = shape.id === undefined ? undefined : String(shape.id);
    const iso3 = code ? isoCountries.numericToAlpha3(code) : UNCODED_SHAPES[shape.properties.name];
    if (iso3 && !centroids.has(iso3)) centroids.set(iso3, mainlandCentroid(shape));
    return { ...shape, properties: { name: shape.properties.name, iso3: iso3 ?? null } };
  });
  return { outline: { type: 'FeatureCollection', features }, centroids };
}
