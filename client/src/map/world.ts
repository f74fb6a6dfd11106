// The world map, offline: Natural Earth's 1:50m countries (world-atlas) are one of the
// explorer's own built files, fetched only when the map is first shown (756 kB, not bundled).
import type { Topology } from 'topojson-specification';
import worldUrl from 'world-atlas/countries-50m.json?url';
import { worldFromTopology, type World } from './world-shapes.ts';

export type { LonLat, World } from './world-shapes.ts';

let loading: Promise<World> | null = null;

/** The world, fetched and prepared once per page. */
export function loadWorld(): Promise<World> {
  loading ??= fetch(worldUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`The world map did not load (HTTP ${response.status})`);
      return response.json() as Promise<Topology>;
    })
    .then(worldFromTopology)
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}
