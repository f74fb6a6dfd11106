// The world outline under the canvas in map mode: an SVG in the canvas's model coordinates
// (map/projection.ts), moved with Cytoscape's pan and zoom so countries stay under their nodes.
// The transform is set on the element directly: a pan must not re-render React.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Core } from 'cytoscape';
import { geoGraticule10, geoPath } from 'd3-geo';
import { mapProjection } from './projection.ts';
import { loadWorld, type World } from './world.ts';

export function MapUnderlay({ cy }: { cy: Core | null }) {
  const [world, setWorld] = useState<World | null>(null);
  const group = useRef<SVGGElement>(null);

  useEffect(() => {
    let live = true;
    // A failed load is said by the map's note (the layout reports it); the outline stays empty.
    loadWorld().then(
      (loaded) => live && setWorld(loaded),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (!cy) return;
    const follow = () => {
      const { x, y } = cy.pan();
      group.current?.setAttribute('transform', `translate(${x} ${y}) scale(${cy.zoom()})`);
    };
    follow();
    cy.on('viewport', follow);
    return () => {
      cy.off('viewport', follow);
    };
  }, [cy, world]);

  const drawn = useMemo(() => {
    const path = geoPath(mapProjection());
    return {
      sphere: path({ type: 'Sphere' }) ?? '',
      graticule: path(geoGraticule10()) ?? '',
      countries: (world?.outline.features ?? []).map((shape) => ({
        d: path(shape) ?? '',
        iso3: shape.properties.iso3 ?? undefined,
      })),
    };
  }, [world]);

  return (
    <svg
      className="map-underlay"
      data-testid="map-outline"
      data-countries={drawn.countries.length}
      aria-hidden="true"
    >
      <g ref={group}>
        <path className="map-sphere" d={drawn.sphere} />
        <path className="map-graticule" d={drawn.graticule} />
        {drawn.countries.map(({ d, iso3 }, i) => (
          <path key={i} className="map-country" d={d} data-iso3={iso3} />
        ))}
      </g>
    </svg>
  );
}
