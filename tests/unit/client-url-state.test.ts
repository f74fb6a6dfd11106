// The view in the URL: what a shared link or a bookmark reopens.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseView, serializeView } from '../../client/src/state/url-state.ts';
import { METRICS } from '../../client/src/graph/analytics-names.ts';
import {
  CAMEO_ROOTS,
  EDGE_FAMILIES,
  EVENT_KINDS,
  QUAD_CLASSES,
  type NetworkState,
} from '../../client/src/state/network-state.ts';
import {
  DEFAULT_VIEW,
  ENTITY_KINDS,
  LAYOUTS,
  RELATIONSHIP_TYPES,
  type ViewState,
} from '../../client/src/state/view-state.ts';

const id = fc.string({ minLength: 1, maxLength: 30 });
const ids = fc.uniqueArray(id, { maxLength: 5 });
const isoDate = fc
  .date({ min: new Date('1800-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
  .chain((date) => {
    const day = date.toISOString().slice(0, 10);
    return fc.constantFrom(day.slice(0, 4), day.slice(0, 7), day);
  });
const iso3 = fc.stringMatching(/^[A-Z]{3}$/);

const networkArbitrary: fc.Arbitrary<NetworkState> = fc.record({
  families: fc.option(fc.uniqueArray(fc.constantFrom(...EDGE_FAMILIES))),
  weights: fc.record({
    EVENTS: fc.double({ min: 0, max: 1000, noNaN: true }),
    AGREEMENTS: fc.integer({ min: 0, max: 1000 }),
    ARMS_TRANSFERS: fc.integer({ min: 0, max: 1000 }),
  }),
  quadClasses: fc.option(fc.uniqueArray(fc.constantFrom(...QUAD_CLASSES))),
  cameoRoots: fc.option(fc.uniqueArray(fc.constantFrom(...CAMEO_ROOTS))),
  eventKinds: fc.option(fc.uniqueArray(fc.constantFrom(...EVENT_KINDS))),
  minWeight: fc.double({ min: 0, max: 1e6, noNaN: true }),
  limit: fc.integer({ min: 1, max: 5000 }),
});

const viewArbitrary: fc.Arbitrary<ViewState> = fc.record({
  countries: fc.boolean(),
  network: networkArbitrary,
  expanded: ids,
  removed: ids,
  pinned: ids,
  selected: fc.option(fc.record({ type: fc.constantFrom('node' as const, 'edge' as const), id })),
  kinds: fc.option(fc.uniqueArray(fc.constantFrom(...ENTITY_KINDS))),
  relationshipTypes: fc.option(fc.uniqueArray(fc.constantFrom(...RELATIONSHIP_TYPES))),
  from: fc.option(isoDate),
  to: fc.option(isoDate),
  includeUndated: fc.boolean(),
  hideIsolated: fc.boolean(),
  layout: fc.constantFrom(...LAYOUTS),
  colourBy: fc.constantFrom('kind' as const, 'community' as const),
  sizeBy: fc.constantFrom(...METRICS),
  table: fc.boolean(),
  path: fc.option(fc.record({ from: id, to: id, choice: fc.nat(10) })),
  dyad: fc.option(fc.record({ a: iso3, b: iso3 })),
  webgl: fc.boolean(),
});

describe('URL state', () => {
  it('reopens exactly the view it was made from, for any view', () => {
    fc.assert(
      fc.property(viewArbitrary, (view) => {
        expect(parseView(serializeView(view))).toEqual(view);
      }),
    );
  });

  it('keeps the default view out of the URL, so the start page has a bare address', () => {
    expect(serializeView(DEFAULT_VIEW)).toBe('');
    expect(parseView('')).toEqual(DEFAULT_VIEW);
  });

  it('writes a readable, stable query string', () => {
    const view: ViewState = {
      ...DEFAULT_VIEW,
      expanded: ['person:yasukazu-hamada', 'country:JPN'],
      selected: { type: 'node', id: 'person:yasukazu-hamada' },
      kinds: ['PERSON', 'COUNTRY'],
      from: '2022-03',
      to: '2022-09-30',
      layout: 'concentric',
    };
    expect(serializeView(view)).toBe(
      '?x=person%3Ayasukazu-hamada&x=country%3AJPN&node=person%3Ayasukazu-hamada' +
        '&kinds=PERSON%2CCOUNTRY&from=2022-03&to=2022-09-30&layout=concentric',
    );
  });

  it('keeps an id with commas, ampersands and spaces intact', () => {
    const view = { ...DEFAULT_VIEW, expanded: ['event:a,b&c d=e'] };
    expect(parseView(serializeView(view)).expanded).toEqual(['event:a,b&c d=e']);
  });

  it('opens a hand-edited or outdated link, dropping what it cannot understand', () => {
    const view = parseView(
      '?kinds=PERSON,DRAGON&rels=PART_OF,LIKES&from=2022-13&to=yesterday&layout=spiral&dyad=JP,IND&x=&x=a&x=a',
    );
    expect(view.kinds).toEqual(['PERSON']);
    expect(view.relationshipTypes).toEqual(['PART_OF']);
    expect(view.from).toBeNull();
    expect(view.to).toBeNull();
    expect(view.layout).toBe('fcose');
    expect(view.dyad).toBeNull();
    expect(view.expanded).toEqual(['a']);
  });

  it('tells an empty kind filter (show no kinds) from no filter', () => {
    expect(parseView(serializeView({ ...DEFAULT_VIEW, kinds: [] })).kinds).toEqual([]);
    expect(parseView('').kinds).toBeNull();
  });

  it('keeps only real reduced dates from a link', () => {
    expect(parseView('?from=2022-09&to=2023-02-29')).toMatchObject({ from: '2022-09', to: null });
  });
});
