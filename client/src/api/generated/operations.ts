/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { PropertyValue } from '../../../../schema/graph.ts';
/** A source as text: exactly one of `text` (plain text or Markdown, pasted or an uploaded .txt/.md), `html` (an uploaded .html page, reduced to its article text) and `fetchUrl` (the server fetches the page: http(s) only, at most 5 MB and 10 s, 5 redirects, HTML/plain text/Markdown, never a loopback, private or link-local address). */
export type AddSourceInput = {
  fetchUrl?: string | null | undefined;
  html?: string | null | undefined;
  /** Reduced ISO date: 2022, 2022-09 or 2022-09-08; relative dates in the text resolve against it. */
  publishedAt?: string | null | undefined;
  publisher?: string | null | undefined;
  text?: string | null | undefined;
  /** Default: the URL's page title, else the first line of the text. */
  title?: string | null | undefined;
  url?: string | null | undefined;
};

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

/** Fields a reviewer sets on a candidate; an absent field keeps the extractor's value. */
export type CandidateEdit = {
  agreementType?: string | null | undefined;
  cameoCode?: string | null | undefined;
  country?: string | null | undefined;
  date?: string | null | undefined;
  eventKind?: string | null | undefined;
  iso3?: string | null | undefined;
  name?: string | null | undefined;
  office?: string | null | undefined;
  participants?: Array<string> | null | undefined;
  parties?: Array<string> | null | undefined;
  place?: string | null | undefined;
  status?: string | null | undefined;
};

/** As the extractor names kinds (extract/candidate.ts). */
export type CandidateKind =
  | 'agreement'
  | 'country'
  | 'event'
  | 'organization'
  | 'person'
  | 'place'
  | 'weaponSystem';

export type CandidateStatus =
  | 'ACCEPTED'
  | 'PENDING'
  | 'REJECTED'
  | 'RETRACTED';

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

export type ManualCandidateInput = {
  end: number;
  fields: CandidateEdit;
  kind: CandidateKind;
  sourceId: string;
  start: number;
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

export type ReviewCandidateFragment = { id: string, kind: CandidateKind, status: CandidateStatus, quote: string, start: number, end: number, confidence: number, sourceId: string, fields: Record<string, PropertyValue>, linkedId: string | null, factId: string | null, reviewedBy: string | null, reviewedAt: string | null, edit: Record<string, PropertyValue> | null };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { name: string, scope: string } };

export type SourceDocumentsQueryVariables = Exact<{ [key: string]: never; }>;


export type SourceDocumentsQuery = { sourceDocuments: Array<{ id: string, title: string, publisher: string | null, publishedAt: string | null, addedBy: string, candidates: Array<{ id: string, status: CandidateStatus }> }> };

export type SourceDocumentQueryVariables = Exact<{
  id: string;
}>;


export type SourceDocumentQuery = { sourceDocument: { id: string, title: string, publisher: string | null, url: string | null, publishedAt: string | null, retrievedAt: string, addedBy: string, text: string, candidates: Array<{ id: string, kind: CandidateKind, status: CandidateStatus, quote: string, start: number, end: number, confidence: number, sourceId: string, fields: Record<string, PropertyValue>, linkedId: string | null, factId: string | null, reviewedBy: string | null, reviewedAt: string | null, edit: Record<string, PropertyValue> | null }> } | null };

export type FactCandidatesQueryVariables = Exact<{
  id: string;
}>;


export type FactCandidatesQuery = { factCandidates: Array<{ id: string, kind: CandidateKind, quote: string, sourceId: string, reviewedBy: string | null, reviewedAt: string | null }> };

export type AddSourceMutationVariables = Exact<{
  input: AddSourceInput;
}>;


export type AddSourceMutation = { addSource: { created: boolean, source: { id: string, title: string }, candidates: Array<{ id: string, status: CandidateStatus }> } };

export type AcceptCandidateMutationVariables = Exact<{
  id: string;
  edit?: CandidateEdit | null | undefined;
  mergeInto?: string | null | undefined;
}>;


export type AcceptCandidateMutation = { acceptCandidate: { id: string, kind: CandidateKind, status: CandidateStatus, quote: string, start: number, end: number, confidence: number, sourceId: string, fields: Record<string, PropertyValue>, linkedId: string | null, factId: string | null, reviewedBy: string | null, reviewedAt: string | null, edit: Record<string, PropertyValue> | null } };

export type RejectCandidateMutationVariables = Exact<{
  id: string;
}>;


export type RejectCandidateMutation = { rejectCandidate: { id: string, kind: CandidateKind, status: CandidateStatus, quote: string, start: number, end: number, confidence: number, sourceId: string, fields: Record<string, PropertyValue>, linkedId: string | null, factId: string | null, reviewedBy: string | null, reviewedAt: string | null, edit: Record<string, PropertyValue> | null } };

export type RetractFactMutationVariables = Exact<{
  id: string;
}>;


export type RetractFactMutation = { retractFact: { id: string, kind: CandidateKind, status: CandidateStatus, quote: string, start: number, end: number, confidence: number, sourceId: string, fields: Record<string, PropertyValue>, linkedId: string | null, factId: string | null, reviewedBy: string | null, reviewedAt: string | null, edit: Record<string, PropertyValue> | null } };

export type CreateCandidateMutationVariables = Exact<{
  input: ManualCandidateInput;
}>;


export type CreateCandidateMutation = { createCandidate: { id: string, kind: CandidateKind, status: CandidateStatus, quote: string, start: number, end: number, confidence: number, sourceId: string, fields: Record<string, PropertyValue>, linkedId: string | null, factId: string | null, reviewedBy: string | null, reviewedAt: string | null, edit: Record<string, PropertyValue> | null } };

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
