// How the country network is aggregated, as the researcher steers it: edge families and their
// weights, CAMEO quad classes and roots, event kinds, a minimum weight and the number of edges.
// Plain data in the URL (url-state.ts), sent to the API as `countryNetwork(limit, options)`.
import type { EdgeFamily, EventKind, NetworkOptions } from '../../../schema/generated/graphql.ts';

export const EDGE_FAMILIES: readonly EdgeFamily[] = ['EVENTS', 'AGREEMENTS', 'ARMS_TRANSFERS'];
export const EVENT_KINDS: readonly EventKind[] = [
  'MEETING',
  'EXERCISE',
  'INCIDENT',
  'STATEMENT',
  'COOPERATION',
];
/** CAMEO quad classes: 1 verbal cooperation, 2 material cooperation, 3 verbal and 4 material conflict. */
export const QUAD_CLASSES = [1, 2, 3, 4] as const;
/** CAMEO root codes 01–20. */
export const CAMEO_ROOTS = Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0'));
/** The API's default and cap for countryNetwork's `limit`. */
export const DEFAULT_NETWORK_LIMIT = 500;
export const MAX_NETWORK_LIMIT = 5000;

export interface NetworkState {
  /** Families aggregated; null: all. */
  families: EdgeFamily[] | null;
  /** Weight of one shared event, agreement, transfer; default 1 each. */
  weights: Record<EdgeFamily, number>;
  /** Quad classes kept; null: all. */
  quadClasses: number[] | null;
  /** CAMEO roots kept; null: all. */
  cameoRoots: string[] | null;
  /** Event kinds kept (GraphFilter.eventKinds); null: all. */
  eventKinds: EventKind[] | null;
  /** Edges lighter than this (after weighting) are left out; 0: none. */
  minWeight: number;
  /** The heaviest `limit` edges are shown. */
  limit: number;
}

export const DEFAULT_NETWORK: NetworkState = {
  families: null,
  weights: { EVENTS: 1, AGREEMENTS: 1, ARMS_TRANSFERS: 1 },
  quadClasses: null,
  cameoRoots: null,
  eventKinds: null,
  minWeight: 0,
  limit: DEFAULT_NETWORK_LIMIT,
};

/** The API's options for a network state: only what differs from the defaults. */
export function networkOptions(network: NetworkState): NetworkOptions | null {
  const options: NetworkOptions = {};
  if (network.families) options.families = network.families;
  if (network.weights.EVENTS !== 1) options.eventWeight = network.weights.EVENTS;
  if (network.weights.AGREEMENTS !== 1) options.agreementWeight = network.weights.AGREEMENTS;
  if (network.weights.ARMS_TRANSFERS !== 1) options.transferWeight = network.weights.ARMS_TRANSFERS;
  if (network.quadClasses) options.quadClasses = network.quadClasses;
  if (network.cameoRoots) options.cameoRoots = network.cameoRoots;
  if (network.minWeight > 0) options.minWeight = network.minWeight;
  return Object.keys(options).length ? options : null;
}

const WEIGHT_KEYS: Record<EdgeFamily, string> = {
  EVENTS: 'e',
  AGREEMENTS: 'a',
  ARMS_TRANSFERS: 't',
};

function list<T extends string | number>(
  raw: string | null,
  allowed: readonly T[],
  parse: (text: string) => T,
): T[] | null {
  if (raw === null) return null;
  const values = raw
    .split(',')
    .filter((text) => text !== '')
    .map(parse)
    .filter((value) => allowed.includes(value));
  return [...new Set(values)];
}

/** A finite number within [min, max], else the fallback. */
function bounded(raw: string | null, min: number, max: number, fallback: number): number {
  const value = raw === null || raw === '' ? NaN : Number(raw);
  return Number.isFinite(value) && value >= min && value <= max ? value : fallback;
}

export function writeNetwork(network: NetworkState, params: URLSearchParams): void {
  if (network.families) params.set('fam', network.families.join(','));
  const weights = EDGE_FAMILIES.filter((family) => network.weights[family] !== 1).map(
    (family) => `${WEIGHT_KEYS[family]}:${network.weights[family]}`,
  );
  if (weights.length) params.set('w', weights.join(','));
  if (network.quadClasses) params.set('quad', network.quadClasses.join(','));
  if (network.cameoRoots) params.set('cameo', network.cameoRoots.join(','));
  if (network.eventKinds) params.set('ek', network.eventKinds.join(','));
  if (network.minWeight > 0) params.set('minw', String(network.minWeight));
  if (network.limit !== DEFAULT_NETWORK_LIMIT) params.set('edges', String(network.limit));
}

export function readNetwork(params: URLSearchParams): NetworkState {
  const weights = { ...DEFAULT_NETWORK.weights };
  for (const pair of (params.get('w') ?? '').split(',')) {
    const [key, value] = pair.split(':');
    const family = EDGE_FAMILIES.find((f) => WEIGHT_KEYS[f] === key);
    if (family) weights[family] = bounded(value ?? null, 0, 1000, 1);
  }
  return {
    families: list(params.get('fam'), EDGE_FAMILIES, (text) => text as EdgeFamily),
    weights,
    quadClasses: list(params.get('quad'), QUAD_CLASSES as readonly number[], Number),
    cameoRoots: list(params.get('cameo'), CAMEO_ROOTS, (text) => text),
    eventKinds: list(params.get('ek'), EVENT_KINDS, (text) => text as EventKind),
    minWeight: bounded(params.get('minw'), 0, 1e9, 0),
    limit: Math.round(bounded(params.get('edges'), 1, MAX_NETWORK_LIMIT, DEFAULT_NETWORK_LIMIT)),
  };
}
