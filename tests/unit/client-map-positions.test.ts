// The map's placement of a view: countries by their Natural Earth shape (world-atlas, read from
// node_modules as the explorer fetches it), former states by a listed fallback, places by their
// coordinates, other nodes beside what they link to, and nothing dropped without a count.
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { mapPositions, type MapNode } from '../../client/src/map/map-positions.ts';
import { mapProjection, worldHeight, WORLD_WIDTH } from '../../client/src/map/projection.ts';
import { worldFromTopology } from '../../client/src/map/world-shapes.ts';
import { toElements } from '../../client/src/graph/to-elements.ts';

const topology = createRequire(import.meta.url)('world-atlas/countries-50m.json') as Topology;
const world = worldFromTopology(topology);
const projection = mapProjection();
const geometry = {
  centroids: world.centroids,
  height: worldHeight(),
  project: (at: [number, number]) => {
    const point = projection(at);
    return point ? { x: point[0], y: point[1] } : null;
  },
};
const country = (iso3: string, label = iso3): MapNode => ({
  id: `country:${iso3}`,
  label,
  kind: 'COUNTRY',
  iso3,
});

describe('country centroids from the world map', () => {
  it('puts a country at its mainland, not between its overseas parts', () => {
    const [lonFra, latFra] = world.centroids.get('FRA')!;
    expect(lonFra).toBeGreaterThan(-2);
    expect(lonFra).toBeLessThan(7);
    expect(latFra).toBeGreaterThan(43);
    expect(latFra).toBeLessThan(49);
    const [lonUsa, latUsa] = world.centroids.get('USA')!;
    expect(lonUsa).toBeGreaterThan(-105);
    expect(lonUsa).toBeLessThan(-90);
    expect(latUsa).toBeLessThan(45);
  });

  it('knows the states of the world by ISO3, Kosovo by name', () => {
    expect(world.centroids.size).toBeGreaterThan(230);
    for (const iso3 of ['JPN', 'IND', 'RUS', 'SRB', 'XKK', 'TWN', 'PRK', 'SGP']) {
      expect(world.centroids.has(iso3), iso3).toBe(true);
    }
  });
});

describe('the map placement', () => {
  it('places countries west to east as they are, inside the world', () => {
    const { positions, byShape } = mapPositions(
      ['USA', 'FRA', 'JPN'].map((iso3) => country(iso3)),
      [],
      geometry,
    );
    expect(byShape).toBe(3);
    const x = (iso3: string) => positions.get(`country:${iso3}`)!.x;
    expect(x('USA')).toBeLessThan(x('FRA'));
    expect(x('FRA')).toBeLessThan(x('JPN'));
    for (const point of positions.values()) {
      expect(point.x).toBeGreaterThan(0);
      expect(point.x).toBeLessThan(WORLD_WIDTH);
    }
  });

  it('places a former state by its fallback and counts it; East and West Germany stay apart', () => {
    const placement = mapPositions(
      [country('DEU', 'Germany'), country('DDR', 'German Democratic Republic'), country('CSK')],
      [],
      geometry,
    );
    expect(placement.byShape).toBe(1);
    expect(placement.byFallback).toEqual(['German Democratic Republic', 'CSK']);
    const west = placement.positions.get('country:DEU')!;
    const east = placement.positions.get('country:DDR')!;
    expect(Math.hypot(west.x - east.x, west.y - east.y)).toBeGreaterThan(20);
  });

  it('places a successor-mapped code at its successor', () => {
    const placement = mapPositions([country('SUN'), country('RUS')], [], geometry);
    expect(placement.byFallback).toEqual(['SUN']);
    expect(placement.positions.get('country:SUN')).toEqual(placement.positions.get('country:RUS'));
  });

  it('places places by coordinates, others beside what they link to, the rest under the map', () => {
    const nodes: MapNode[] = [
      country('JPN'),
      { id: 'place:tokyo', label: 'Tokyo', kind: 'PLACE', lat: 35.68, lon: 139.69 },
      { id: 'person:a', label: 'A', kind: 'PERSON' },
      { id: 'person:b', label: 'B', kind: 'PERSON' },
      { id: 'org:x', label: 'X', kind: 'ORGANIZATION' },
      country('ZZZ', 'Nowhere'),
    ];
    const edges = [
      { source: 'person:a', target: 'country:JPN' },
      { source: 'person:b', target: 'person:a' },
    ];
    const placement = mapPositions(nodes, edges, geometry);
    expect(placement.byCoordinates).toBe(1);
    expect(placement.beside).toBe(2);
    expect(placement.unlocated).toEqual(['X', 'Nowhere']);
    expect(placement.positions.size).toBe(nodes.length);
    const japan = placement.positions.get('country:JPN')!;
    const a = placement.positions.get('person:a')!;
    expect(Math.hypot(a.x - japan.x, a.y - japan.y)).toBeLessThan(100);
    const tokyo = placement.positions.get('place:tokyo')!;
    expect(Math.abs(tokyo.x - japan.x)).toBeLessThan(60);
    for (const label of ['org:x', 'country:ZZZ']) {
      expect(placement.positions.get(label)!.y).toBeGreaterThan(geometry.height);
    }
  });

  it('gets codes and coordinates from the elements the canvas draws', () => {
    const elements = toElements({
      nodes: [
        { id: 'country:JPN', kind: 'COUNTRY', label: 'Japan', properties: {}, evidence: [] },
        {
          id: 'place:t',
          kind: 'PLACE',
          label: 'Tokyo',
          properties: { lat: 35.6, lon: 139.7 },
          evidence: [],
        },
      ],
      edges: [],
      truncated: false,
    });
    expect(elements[0]!.data).toMatchObject({ iso3: 'JPN' });
    expect(elements[1]!.data).toMatchObject({ lat: 35.6, lon: 139.7 });
  });
});
