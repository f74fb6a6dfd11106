// What the map did with the view's nodes, in one line over the canvas: none is dropped without
// saying so (countries without a shape sit at a listed position; unlocated nodes under the map).
import type { MapPlacement } from './map-positions.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function names(list: string[]): string {
  const shown = list.slice(0, 4).join(', ');
  return list.length > 4 ? `${shown} and ${list.length - 4} more` : shown;
}

export function MapNote({ placement }: { placement: MapPlacement | null | undefined }) {
  if (placement === undefined) return null;
  if (placement === null) {
    return (
      <p className="map-note error" data-testid="map-note" role="status">
        The world map did not load; the nodes stay where they were.
      </p>
    );
  }
  const parts = [`${plural(placement.byShape, 'country', 'countries')} on the map`];
  if (placement.byFallback.length > 0) {
    parts.push(
      `${placement.byFallback.length} placed by fallback (no shape on the map: ${names(placement.byFallback)})`,
    );
  }
  if (placement.byCoordinates > 0) {
    parts.push(`${plural(placement.byCoordinates, 'place', 'places')} by coordinates`);
  }
  if (placement.beside > 0) {
    parts.push(`${plural(placement.beside, 'node', 'nodes')} beside what they link to`);
  }
  if (placement.unlocated.length > 0) {
    parts.push(
      `${placement.unlocated.length} not located (under the map: ${names(placement.unlocated)})`,
    );
  }
  return (
    <p className="map-note" data-testid="map-note" role="status">
      Map: {parts.join('; ')}.
    </p>
  );
}
