// The view in the URL's query string, and back. Pure functions: `parseView(serializeView(v))`
// equals `v` for every valid view, and parsing never throws, because a hand-edited or outdated
// link must still open (unknown values are dropped, defaults fill the gaps).
import {
  COLOUR_BY,
  METRICS,
  DEFAULT_VIEW,
  ENTITY_KINDS,
  LAYOUTS,
  RELATIONSHIP_TYPES,
  type ColourBy,
  type LayoutName,
  type MetricName,
  type ViewState,
} from './view-state.ts';
import { isReducedDate } from '../../../schema/reduced-date.ts';
import { readNetwork, writeNetwork } from './network-state.ts';

// Ids repeat a parameter (`x=a&x=b`) instead of joining with commas: an id may contain any
// character, and URLSearchParams escapes each value on its own.
const ID_LISTS = { expanded: 'x', removed: 'rm', pinned: 'pin' } as const;

export function serializeView(view: ViewState): string {
  const params = new URLSearchParams();
  if (!view.countries) params.set('countries', '0');
  writeNetwork(view.network, params);
  for (const [field, key] of Object.entries(ID_LISTS)) {
    for (const id of view[field as keyof typeof ID_LISTS]) params.append(key, id);
  }
  if (view.selected) params.set(view.selected.type, view.selected.id);
  if (view.kinds) params.set('kinds', view.kinds.join(','));
  if (view.relationshipTypes) params.set('rels', view.relationshipTypes.join(','));
  if (view.from) params.set('from', view.from);
  if (view.to) params.set('to', view.to);
  if (!view.includeUndated) params.set('undated', 'exclude');
  if (view.hideIsolated) params.set('isolated', 'hide');
  if (view.layout !== DEFAULT_VIEW.layout) params.set('layout', view.layout);
  if (view.colourBy !== DEFAULT_VIEW.colourBy) params.set('colour', view.colourBy);
  if (view.sizeBy !== DEFAULT_VIEW.sizeBy) params.set('size', view.sizeBy);
  if (view.table) params.set('table', '1');
  if (view.path) {
    params.set('pathFrom', view.path.from);
    params.set('pathTo', view.path.to);
    // One-based, as the path panel counts them; the best path needs no parameter.
    if (view.path.choice > 0) params.set('pathChoice', String(view.path.choice + 1));
  }
  if (view.dyad) params.set('dyad', `${view.dyad.a},${view.dyad.b}`);
  if (view.webgl) params.set('renderer', 'webgl');
  const text = params.toString();
  return text ? `?${text}` : '';
}

function uniqueIds(values: string[]): string[] {
  return [...new Set(values.filter((value) => value.length > 0))];
}

/** A comma list of enum values; unknown ones are dropped. Absent → null (no filter). */
function enumList<T extends string>(raw: string | null, allowed: readonly T[]): T[] | null {
  if (raw === null) return null;
  const values = raw.split(',').filter((value): value is T => allowed.includes(value as T));
  return [...new Set(values)];
}

function isoOrNull(raw: string | null): string | null {
  return raw !== null && isReducedDate(raw) ? raw : null;
}

export function parseView(search: string): ViewState {
  const params = new URLSearchParams(search);
  const node = params.get('node');
  const edge = params.get('edge');
  const pathFrom = params.get('pathFrom');
  const pathTo = params.get('pathTo');
  const pathChoice = Number(params.get('pathChoice') ?? '1');
  const dyad = (params.get('dyad') ?? '').split(',');
  const iso3 = /^[A-Z]{3}$/;
  const layout = params.get('layout');
  const colour = params.get('colour');
  const size = params.get('size');
  return {
    countries: params.get('countries') !== '0',
    network: readNetwork(params),
    expanded: uniqueIds(params.getAll(ID_LISTS.expanded)),
    removed: uniqueIds(params.getAll(ID_LISTS.removed)),
    pinned: uniqueIds(params.getAll(ID_LISTS.pinned)),
    selected: node ? { type: 'node', id: node } : edge ? { type: 'edge', id: edge } : null,
    kinds: enumList(params.get('kinds'), ENTITY_KINDS),
    relationshipTypes: enumList(params.get('rels'), RELATIONSHIP_TYPES),
    from: isoOrNull(params.get('from')),
    to: isoOrNull(params.get('to')),
    includeUndated: params.get('undated') !== 'exclude',
    hideIsolated: params.get('isolated') === 'hide',
    layout: LAYOUTS.includes(layout as LayoutName) ? (layout as LayoutName) : DEFAULT_VIEW.layout,
    colourBy: COLOUR_BY.includes(colour as ColourBy) ? (colour as ColourBy) : DEFAULT_VIEW.colourBy,
    sizeBy: METRICS.includes(size as MetricName) ? (size as MetricName) : DEFAULT_VIEW.sizeBy,
    table: params.get('table') === '1',
    path:
      pathFrom && pathTo
        ? {
            from: pathFrom,
            to: pathTo,
            choice: Number.isInteger(pathChoice) && pathChoice >= 1 ? pathChoice - 1 : 0,
          }
        : null,
    dyad:
      dyad.length === 2 && iso3.test(dyad[0]!) && iso3.test(dyad[1]!)
        ? { a: dyad[0]!, b: dyad[1]! }
        : null,
    webgl: params.get('renderer') === 'webgl',
  };
}
