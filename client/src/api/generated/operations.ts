/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { PropertyValue } from '../../../../schema/graph.ts';
export type AgreementStatus =
  | 'AGREED'
  | 'ENDED'
  | 'IN_FORCE'
  | 'PLANNED'
  | 'UNDER_CONSIDERATION';

export type AgreementType =
  | 'ALLIANCE'
  | 'DEFENSE_COOPERATION'
  | 'EXERCISE_PLAN'
  | 'JOINT_RESEARCH'
  | 'OTHER'
  | 'POLICY';

export type DatePrecision =
  | 'DAY'
  | 'MONTH'
  | 'YEAR';

/** A family of country-to-country links in the country network. */
export type EdgeFamily =
  | 'AGREEMENTS'
  | 'ARMS_TRANSFERS'
  | 'EVENTS';

export type EntityKind =
  | 'AGREEMENT'
  | 'ARMS_TRANSFER'
  | 'COUNTRY'
  | 'EVENT'
  | 'ORGANIZATION'
  | 'PERSON'
  | 'PLACE'
  | 'SOURCE'
  | 'WEAPON_SYSTEM';

export type EventKind =
  | 'COOPERATION'
  | 'EXERCISE'
  | 'INCIDENT'
  | 'MEETING'
  | 'STATEMENT';

export type GraphFilter = {
  /** Keep only events of these kinds. */
  eventKinds?: Array<EventKind> | null | undefined;
  /** Keep only dated nodes and edges within this range (undated ones stay unless `includeUndated` is false). */
  from?: string | null | undefined;
  /** Whether facts without a date (events, agreements, transfers) are kept and counted; default true. */
  includeUndated?: boolean | null | undefined;
  /** Keep only nodes of these kinds (the start nodes are always kept). */
  kinds?: Array<EntityKind> | null | undefined;
  /** Follow only these relationship types. */
  relationshipTypes?: Array<RelationshipType> | null | undefined;
  to?: string | null | undefined;
};

/** How the country network aggregates its edges. */
export type NetworkOptions = {
  /** Weight of one agreement both are party to; default 1. */
  agreementWeight?: number | null | undefined;
  /** Only events with these CAMEO root codes, e.g. ["04", "19"]. */
  cameoRoots?: Array<string> | null | undefined;
  /** Weight of one shared event in an edge's weight; default 1. */
  eventWeight?: number | null | undefined;
  /** Families to aggregate; default all. */
  families?: Array<EdgeFamily> | null | undefined;
  /** Leave out edges lighter than this (after weighting). */
  minWeight?: number | null | undefined;
  /** Only events of these CAMEO quad classes: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  quadClasses?: Array<number> | null | undefined;
  /** Weight of one million SIPRI trend-indicator values (TIV) of weapons delivered between the two; default 0. */
  tivWeight?: number | null | undefined;
  /** Weight of one arms transfer between the two (a SIPRI register row: one deal, ordered in one year); default 1. */
  transferWeight?: number | null | undefined;
};

export type RelationshipType =
  | 'ABOUT'
  | 'CONCERNS'
  | 'DEPLOYS'
  | 'DEVELOPS'
  | 'HELD_AT'
  | 'HOLDS_OFFICE'
  | 'LOCATED_IN'
  | 'PARTICIPATED_IN'
  | 'PARTY_TO'
  | 'PART_OF'
  | 'PRODUCED'
  | 'RECEIVED'
  | 'STATED'
  | 'SUPPLIED';

export type ViewEvidenceFragment = { sourceId: string, sourceTitle: string | null, publisher: string | null, url: string | null, quote: string | null };

export type ViewGraphFragment = { truncated: boolean, nodes: Array<{ id: string, kind: EntityKind, label: string, properties: Record<string, PropertyValue>, evidence: Array<{ sourceId: string, sourceTitle: string | null, publisher: string | null, url: string | null, quote: string | null }> }>, edges: Array<{ id: string, source: string, target: string, type: string, weight: number, properties: Record<string, PropertyValue>, evidence: Array<{ sourceId: string, sourceTitle: string | null, publisher: string | null, url: string | null, quote: string | null }> }> };

export type ViewQueryVariables = Exact<{
  withCountries: boolean;
  withExpanded: boolean;
  withPath: boolean;
  ids: Array<string> | string;
  from: string;
  to: string;
  limit?: number | null | undefined;
  filter?: GraphFilter | null | undefined;
  networkFilter?: GraphFilter | null | undefined;
  networkLimit?: number | null | undefined;
  networkOptions?: NetworkOptions | null | undefined;
}>;


export type ViewQuery = { countryNetwork?: { totalEdges: number | null, truncated: boolean, nodes: Array<{ id: string, kind: EntityKind, label: string, properties: Record<string, PropertyValue>, evidence: Array<{ sourceId: string, sourceTitle: string | null, publisher: string | null, url: string | null, quote: string | null }> }>, edges: Array<{ id: string, source: string, target: string, type: string, weight: number, properties: Record<string, PropertyValue>, evidence: Array<{ sourceId: string, sourceTitle: string | null, publisher: string | null, url: string | null, quote: string | null }> }> }, neighborhood?: { truncated: boolean, nodes: Array<{ id: string, kind: EntityKind, label: string, properties: Record<string, PropertyValue>, evidence: Array<{ sourceId: string, sourceTitle: string | null, publisher: string | null, url: string | null, quote: string | null }> }>, edges: Array<{ id: string, source: string, target: string, type: string, weight: number, properties: Record<string, PropertyValue>, evidence: Array<{ sourceId: string, sourceTitle: string | null, publisher: string | null, url: string | null, quote: string | null }> }> }, shortestPaths?: Array<{ truncated: boolean, nodes: Array<{ id: string, kind: EntityKind, label: string, properties: Record<string, PropertyValue>, evidence: Array<{ sourceId: string, sourceTitle: string | null, publisher: string | null, url: string | null, quote: string | null }> }>, edges: Array<{ id: string, source: string, target: string, type: string, weight: number, properties: Record<string, PropertyValue>, evidence: Array<{ sourceId: string, sourceTitle: string | null, publisher: string | null, url: string | null, quote: string | null }> }> }> };

export type SearchQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<
    | { id: string, kind: EntityKind, name: string, aliases: Array<string> }
    | { id: string, kind: EntityKind, name: string, aliases: Array<string> }
    | { id: string, kind: EntityKind, name: string, aliases: Array<string> }
    | { id: string, kind: EntityKind, name: string, aliases: Array<string> }
    | { id: string, kind: EntityKind, name: string, aliases: Array<string> }
    | { id: string, kind: EntityKind, name: string, aliases: Array<string> }
    | { id: string, kind: EntityKind, name: string, aliases: Array<string> }
    | { id: string, kind: EntityKind, name: string, aliases: Array<string> }
    | { id: string, kind: EntityKind, name: string, aliases: Array<string> }
  > };

export type DyadQueryVariables = Exact<{
  a: string;
  b: string;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type DyadQuery = { dyad: { eventCount: number, goldsteinSum: number, undatedEvents: number, a: { id: string, name: string, iso3: string }, b: { id: string, name: string, iso3: string }, first: { date: string, precision: DatePrecision } | null, last: { date: string, precision: DatePrecision } | null, years: Array<{ year: number, events: number, meetings: number, exercises: number, agreements: number, agreementsInForce: number, goldsteinSum: number }>, events: Array<{ id: string, name: string, eventKind: EventKind, date: string | null, cameoCode: string | null, goldstein: number | null }>, agreements: Array<{ id: string, name: string, agreementType: AgreementType, status: AgreementStatus | null, date: string | null, endDate: string | null }> } };

export type DataSpanQueryVariables = Exact<{ [key: string]: never; }>;


export type DataSpanQuery = { dataSpan: { undatedEvents: number, undatedAgreements: number, undatedTransfers: number, earliest: { date: string, precision: DatePrecision } | null, latest: { date: string, precision: DatePrecision } | null, years: Array<{ year: number, events: number, agreements: number, transfers: number }> } };
