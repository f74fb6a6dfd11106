// The graph's vocabulary: every label, relationship type and enum value that may appear in
// Cypher. Queries splice labels and types only from these tables (an allowlist), never from
// user input, so a GraphQL enum value maps to exactly one fixed identifier.

/** Entity kinds as the API names them, mapped to their Neo4j label. */
export const ENTITY_LABELS = {
  COUNTRY: 'Country',
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  WEAPON_SYSTEM: 'WeaponSystem',
  PLACE: 'Place',
  EVENT: 'Event',
  AGREEMENT: 'Agreement',
  ARMS_TRANSFER: 'ArmsTransfer',
  SOURCE: 'Source',
} as const;
export type EntityKind = keyof typeof ENTITY_LABELS;
export type EntityLabel = (typeof ENTITY_LABELS)[EntityKind];

/** Every Event node carries `Event` plus exactly one of these labels. */
export const EVENT_LABELS = {
  MEETING: 'Meeting',
  EXERCISE: 'Exercise',
  INCIDENT: 'Incident',
  STATEMENT: 'Statement',
  COOPERATION: 'Cooperation',
} as const;
export type EventKind = keyof typeof EVENT_LABELS;

/** Relationship types between domain nodes (DESIGN.md). */
export const RELATIONSHIP_TYPES = [
  'HOLDS_OFFICE',
  'PART_OF',
  'PARTICIPATED_IN',
  'HELD_AT',
  'LOCATED_IN',
  'PARTY_TO',
  'PRODUCED',
  'CONCERNS',
  'DEVELOPS',
  'DEPLOYS',
  'STATED',
  'ABOUT',
  'SUPPLIED',
  'RECEIVED',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/**
 * Country-to-country aggregate, one relationship per dyad and calendar month, kept current by
 * every writer of events (db/write/dyad-aggregates.ts) so that the country network never scans
 * events. Direction is from the lower ISO3 code to the higher; the pair is undirected. Events
 * dated only by their year have a bucket per dyad and year: `month` is its January, `until` its
 * December (absent on monthly buckets, which cover `month` alone).
 */
export const DYAD_MONTH = 'DYAD_MONTH';

/**
 * Country-to-country aggregate of arms transfers, one relationship per pair and year of order,
 * rebuilt from the ArmsTransfer nodes of its pair and year by every writer of transfers, in the
 * same transaction (db/write/transfer-aggregates.ts). As DYAD_MONTH: from the lower ISO3 code to
 * the higher, `month` the January and `until` the December of the year (no month: undated).
 */
export const DYAD_TRANSFERS = 'DYAD_TRANSFERS';

/**
 * The same aggregate per dyad and calendar year (every event dated in the year, whatever its
 * precision; `year` the year, `firstMonth`/`lastMonth` the months its events fall in), and one
 * per dyad for its undated events (`undated: true`): a network over whole years reads these.
 */
export const DYAD_YEAR = 'DYAD_YEAR';

/**
 * The same aggregate per dyad over all time (every dated event, `firstMonth`/`lastMonth` the
 * months they span), and one per dyad for its undated events (`undated: true`): a network with
 * no date range, the explorer's first view, reads one relationship per pair.
 */
export const DYAD_TOTAL = 'DYAD_TOTAL';

/**
 * Per dyad, the agreements both countries are party to, as parallel lists (db/write/
 * agreement-pairs.ts), so that the country network never joins PARTY_TO with itself.
 */
export const DYAD_AGREEMENTS = 'DYAD_AGREEMENTS';

/** Every aggregate relationship type: derived, never shown as a relationship of its own. */
export const AGGREGATE_TYPES = [
  DYAD_MONTH,
  DYAD_YEAR,
  DYAD_TOTAL,
  DYAD_AGREEMENTS,
  DYAD_TRANSFERS,
] as const;

/** The families of country-to-country links the country network aggregates. */
export const EDGE_FAMILIES = ['EVENTS', 'AGREEMENTS', 'ARMS_TRANSFERS'] as const;
export type EdgeFamily = (typeof EDGE_FAMILIES)[number];

export const PARTICIPANT_ROLES = ['HOST', 'VISITOR', 'SOURCE', 'TARGET', 'PARTICIPANT'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export type DatePrecision = 'DAY' | 'MONTH' | 'YEAR';

export const AGREEMENT_STATUSES = [
  'IN_FORCE',
  'AGREED',
  'PLANNED',
  'UNDER_CONSIDERATION',
  'ENDED',
] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export const AGREEMENT_TYPES = [
  'ALLIANCE',
  'DEFENSE_COOPERATION',
  'JOINT_RESEARCH',
  'EXERCISE_PLAN',
  'POLICY',
  'OTHER',
] as const;
export type AgreementType = (typeof AGREEMENT_TYPES)[number];

/**
 * Labels of the write path's own nodes (not graph entities: no read query's label list holds
 * them, so they never appear in search, neighbourhoods or health counts). Curation code splices
 * only these.
 */
export const CURATION_LABELS = {
  TOKEN: 'Token',
  CANDIDATE: 'Candidate',
  AUDIT: 'AuditRecord',
} as const;

/**
 * The mark `npm start` keeps of its first load (db/write/starter-mark.ts): not an entity, so no
 * search, health count or view reaches it.
 */
export const LOAD_MARK_LABEL = 'LoadMark';

/** A candidate points at the Source it was read in (not one of the graph's RELATIONSHIP_TYPES). */
export const EXTRACTED_FROM = 'EXTRACTED_FROM';

export const TOKEN_SCOPES = ['curate', 'admin'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];
