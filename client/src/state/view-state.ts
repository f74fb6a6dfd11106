// What the explorer shows, as plain data: everything here lives in the URL (url-state.ts), so a
// shared or bookmarked link reopens the same view, and back and forward step through views.
import type { EntityKind, RelationshipType } from '../../../schema/generated/graphql.ts';
import {
  ENTITY_LABELS,
  RELATIONSHIP_TYPES as MODEL_RELATIONSHIP_TYPES,
} from '../../../schema/model.ts';
import { DEFAULT_NETWORK, type NetworkState } from './network-state.ts';
import { METRICS, type MetricName } from '../graph/analytics-names.ts';

export { METRICS, type MetricName };
export const COLOUR_BY = ['kind', 'community'] as const;
export type ColourBy = (typeof COLOUR_BY)[number];

export const LAYOUTS = [
  'fcose',
  'concentric',
  'breadthfirst',
  'circle',
  'timeline',
  'map',
] as const;
export type LayoutName = (typeof LAYOUTS)[number];

/** Every entity kind and relationship type, in the order of schema/model.ts (the allowlists). */
export const ENTITY_KINDS = Object.keys(ENTITY_LABELS) as EntityKind[];
export const RELATIONSHIP_TYPES: readonly RelationshipType[] = MODEL_RELATIONSHIP_TYPES;

export type Selection = { type: 'node' | 'edge'; id: string };

export interface ViewState {
  /** Show the country network (countries and their aggregated edges). Default true. */
  countries: boolean;
  /** How the country network aggregates its edges. */
  network: NetworkState;
  /** Nodes whose neighbourhoods are in view, in the order they were expanded. */
  expanded: string[];
  /** Nodes the user removed from the view. */
  removed: string[];
  /** Nodes held in place when the layout reruns. */
  pinned: string[];
  selected: Selection | null;
  /** Entity kinds to keep; null keeps all. */
  kinds: EntityKind[] | null;
  /** Relationship types to follow; null follows all. */
  relationshipTypes: RelationshipType[] | null;
  /** Date range as ISO 8601 reduced forms (2022, 2022-09, 2022-09-08); null is open. */
  from: string | null;
  to: string | null;
  /** Keep and count facts without a date (events, agreements, transfers). Default true. */
  includeUndated: boolean;
  hideIsolated: boolean;
  layout: LayoutName;
  /** Node colour: entity kind (default) or Louvain community. */
  colourBy: ColourBy;
  /** Node size: a measure of the view (default degree). */
  sizeBy: MetricName;
  /** Show the table of nodes and edges beside the graph. Default false. */
  table: boolean;
  /**
   * Path mode: the equally short paths between two nodes, all in view; `choice` (0 for the
   * best) is the one highlighted.
   */
  path: { from: string; to: string; choice: number } | null;
  /** Dyad panel: two countries by ISO3. */
  dyad: { a: string; b: string } | null;
  /** Draw with Cytoscape's WebGL renderer (for thousands of elements). Default false. */
  webgl: boolean;
}

export const DEFAULT_VIEW: ViewState = {
  countries: true,
  network: DEFAULT_NETWORK,
  expanded: [],
  removed: [],
  pinned: [],
  selected: null,
  kinds: null,
  relationshipTypes: null,
  from: null,
  to: null,
  includeUndated: true,
  hideIsolated: false,
  layout: 'fcose',
  colourBy: 'kind',
  sizeBy: 'degree',
  table: false,
  path: null,
  dyad: null,
  webgl: false,
};
