export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Any property value: a string, number, boolean or list of them. */
  JSON: { input: Record<string, unknown>; output: Record<string, unknown>; }
};

/** A source as text: exactly one of `text` (plain text or Markdown, pasted or an uploaded .txt/.md), `html` (an uploaded .html page, reduced to its article text) and `fetchUrl` (the server fetches the page: http(s) only, at most 5 MB and 10 s, 5 redirects, HTML/plain text/Markdown, never a loopback, private or link-local address). */
export type AddSourceInput = {
  fetchUrl?: InputMaybe<Scalars['String']['input']>;
  html?: InputMaybe<Scalars['String']['input']>;
  /** Reduced ISO date: 2022, 2022-09 or 2022-09-08; relative dates in the text resolve against it. */
  publishedAt?: InputMaybe<Scalars['String']['input']>;
  publisher?: InputMaybe<Scalars['String']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
  /** Default: the URL's page title, else the first line of the text. */
  title?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type Agreement = Entity & {
  __typename?: 'Agreement';
  agreementType: AgreementType;
  aliases: Array<Scalars['String']['output']>;
  consultation: Maybe<Scalars['Boolean']['output']>;
  date: Maybe<Scalars['String']['output']>;
  datePrecision: Maybe<DatePrecision>;
  defense: Maybe<Scalars['Boolean']['output']>;
  endDate: Maybe<Scalars['String']['output']>;
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  neutrality: Maybe<Scalars['Boolean']['output']>;
  nonAggression: Maybe<Scalars['Boolean']['output']>;
  offense: Maybe<Scalars['Boolean']['output']>;
  parties: Array<Party>;
  relations: Array<Relation>;
  status: Maybe<AgreementStatus>;
};


export type AgreementRelationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type AgreementConnection = {
  __typename?: 'AgreementConnection';
  edges: Array<AgreementEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AgreementEdge = {
  __typename?: 'AgreementEdge';
  cursor: Scalars['String']['output'];
  node: Agreement;
};

export type AgreementFilter = {
  /** Agreements to which every listed country (ISO3) is party. */
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** In force at some time within this range. */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Agreements this actor is party to. */
  party?: InputMaybe<Scalars['ID']['input']>;
  statuses?: InputMaybe<Array<AgreementStatus>>;
  to?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<AgreementType>>;
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

/**
 * An arms transfer: one row of the SIPRI Arms Transfers Database's trade register, a deal between a
 * supplier and a recipient (a state, an armed group, an international organisation or "unknown")
 * for a number of one weapon system, ordered in one year and delivered over several. `?` in the
 * register is kept as the `...Uncertain` flags. `relations` links it to its supplier (SUPPLIED),
 * recipient (RECEIVED) and weapon system (CONCERNS). Source: SIPRI Arms Transfers Database.
 */
export type ArmsTransfer = Entity & {
  __typename?: 'ArmsTransfer';
  aliases: Array<Scalars['String']['output']>;
  comments: Maybe<Scalars['String']['output']>;
  dataset: Maybe<Scalars['String']['output']>;
  /** The year of order as a reduced date (YEAR precision); null when SIPRI gives none. */
  date: Maybe<Scalars['String']['output']>;
  datePrecision: Maybe<DatePrecision>;
  /** Years in which deliveries were made, in order. */
  deliveryYears: Array<Scalars['Int']['output']>;
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  numberDelivered: Maybe<Scalars['Int']['output']>;
  numberDeliveredUncertain: Scalars['Boolean']['output'];
  numberOrdered: Maybe<Scalars['Int']['output']>;
  numberOrderedUncertain: Scalars['Boolean']['output'];
  orderYear: Maybe<Scalars['Int']['output']>;
  orderYearUncertain: Scalars['Boolean']['output'];
  recipientName: Scalars['String']['output'];
  relations: Array<Relation>;
  /** The register row behind it: the file's name, its line (and last line, when the record was broken across lines), and the record as written. */
  sourceFile: Maybe<Scalars['String']['output']>;
  sourceLastLine: Maybe<Scalars['Int']['output']>;
  sourceLine: Maybe<Scalars['Int']['output']>;
  sourceRow: Maybe<Scalars['String']['output']>;
  /** New, Second hand, Second hand but modernized. */
  status: Maybe<Scalars['String']['output']>;
  /** The supplier and recipient as SIPRI names them ("Soviet Union", "Hezbollah (Lebanon)*"). */
  supplierName: Scalars['String']['output'];
  tivDelivered: Maybe<Scalars['Float']['output']>;
  tivOrdered: Maybe<Scalars['Float']['output']>;
  /** SIPRI trend-indicator values, in millions. */
  tivPerUnit: Maybe<Scalars['Float']['output']>;
  weaponDescription: Scalars['String']['output'];
  weaponDesignation: Scalars['String']['output'];
};


/**
 * An arms transfer: one row of the SIPRI Arms Transfers Database's trade register, a deal between a
 * supplier and a recipient (a state, an armed group, an international organisation or "unknown")
 * for a number of one weapon system, ordered in one year and delivered over several. `?` in the
 * register is kept as the `...Uncertain` flags. `relations` links it to its supplier (SUPPLIED),
 * recipient (RECEIVED) and weapon system (CONCERNS). Source: SIPRI Arms Transfers Database.
 */
export type ArmsTransferRelationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type AuditPage = {
  __typename?: 'AuditPage';
  pageInfo: PageInfo;
  records: Array<AuditRecord>;
};

/** One write: who (the token's name), when, what (action and target id), and the values before and after. */
export type AuditRecord = {
  __typename?: 'AuditRecord';
  /** TOKEN_CREATED, TOKEN_REVOKED, SOURCE_ADDED, CANDIDATE_CREATED, CANDIDATE_ACCEPTED, CANDIDATE_REJECTED or FACT_RETRACTED. */
  action: Scalars['String']['output'];
  actor: Scalars['String']['output'];
  after: Maybe<Scalars['JSON']['output']>;
  /** ISO 8601 date-time. */
  at: Scalars['String']['output'];
  before: Maybe<Scalars['JSON']['output']>;
  id: Scalars['ID']['output'];
  target: Scalars['ID']['output'];
  tokenId: Maybe<Scalars['ID']['output']>;
};

/** A candidate fact read in a source: its quote is exactly the source's text from `start` to `end`. */
export type Candidate = {
  __typename?: 'Candidate';
  confidence: Scalars['Float']['output'];
  /** The reviewer's changes before accepting. */
  edit: Maybe<Scalars['JSON']['output']>;
  end: Scalars['Int']['output'];
  extractorVersion: Scalars['String']['output'];
  /** The node its acceptance wrote (or merged into). */
  factId: Maybe<Scalars['ID']['output']>;
  /** The extractor's fields (name, country, office, iso3, eventKind, parties, participants, date, place, cameoCode, status, …). */
  fields: Scalars['JSON']['output'];
  id: Scalars['ID']['output'];
  kind: CandidateKind;
  /** The node an existing graph entity the extractor linked it to, if any. */
  linkedId: Maybe<Scalars['ID']['output']>;
  quote: Scalars['String']['output'];
  reviewedAt: Maybe<Scalars['String']['output']>;
  reviewedBy: Maybe<Scalars['String']['output']>;
  sourceId: Scalars['ID']['output'];
  start: Scalars['Int']['output'];
  status: CandidateStatus;
};

/** Fields a reviewer sets on a candidate; an absent field keeps the extractor's value. */
export type CandidateEdit = {
  agreementType?: InputMaybe<Scalars['String']['input']>;
  cameoCode?: InputMaybe<Scalars['String']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  date?: InputMaybe<Scalars['String']['input']>;
  eventKind?: InputMaybe<Scalars['String']['input']>;
  iso3?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  office?: InputMaybe<Scalars['String']['input']>;
  participants?: InputMaybe<Array<Scalars['String']['input']>>;
  parties?: InputMaybe<Array<Scalars['String']['input']>>;
  place?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
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

export type CandidatePage = {
  __typename?: 'CandidatePage';
  candidates: Array<Candidate>;
  pageInfo: PageInfo;
};

export type CandidateStatus =
  | 'ACCEPTED'
  | 'PENDING'
  | 'REJECTED'
  | 'RETRACTED';

export type Country = Entity & {
  __typename?: 'Country';
  /** Agreements it is party to, newest first: `first` (default 10, at most 100). */
  agreements: Array<Agreement>;
  aliases: Array<Scalars['String']['output']>;
  /** Correlates of War state code. */
  cowCode: Maybe<Scalars['Int']['output']>;
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  iso2: Maybe<Scalars['String']['output']>;
  iso3: Scalars['String']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  relations: Array<Relation>;
};


export type CountryAgreementsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type CountryRelationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What the loaded data spans in time. */
export type DataSpan = {
  __typename?: 'DataSpan';
  /** The earliest dated fact: an event, an agreement's start, an arms transfer's order. */
  earliest: Maybe<DatedPoint>;
  /** The latest dated fact: an event's period, an agreement's start or end, a transfer's order or last delivery. */
  latest: Maybe<DatedPoint>;
  undatedAgreements: Scalars['Int']['output'];
  undatedEvents: Scalars['Int']['output'];
  undatedTransfers: Scalars['Int']['output'];
  /** One entry per year from the earliest to the latest that has any fact, in order. */
  years: Array<DataSpanYear>;
};

/** Facts of one calendar year, for a timeline. */
export type DataSpanYear = {
  __typename?: 'DataSpanYear';
  /** Agreements that began in this year. */
  agreements: Scalars['Int']['output'];
  /** Events dated in this year (an event dated only by its year counts in it). */
  events: Scalars['Int']['output'];
  /** Arms transfers ordered in this year. */
  transfers: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type DatePrecision =
  | 'DAY'
  | 'MONTH'
  | 'YEAR';

/** A date with the precision at which it is known. */
export type DatedPoint = {
  __typename?: 'DatedPoint';
  /** ISO 8601 reduced form: 2022, 2022-09 or 2022-09-08. */
  date: Scalars['String']['output'];
  precision: DatePrecision;
};

export type Direction =
  | 'IN'
  | 'OUT';

export type Dyad = {
  __typename?: 'Dyad';
  a: Country;
  /** Agreements both are party to, in force during the range. */
  agreements: Array<Agreement>;
  b: Country;
  eventCount: Scalars['Int']['output'];
  /** The most recent shared events (at most 100). */
  events: Array<Event>;
  /** The first and last dated fact between the two (shared events, agreements, arms transfers), with its precision. */
  first: Maybe<DatedPoint>;
  from: Maybe<Scalars['String']['output']>;
  goldsteinSum: Scalars['Float']['output'];
  last: Maybe<DatedPoint>;
  /** Months with shared events, in order (for a short span). */
  months: Array<DyadMonth>;
  to: Maybe<Scalars['String']['output']>;
  /** Arms transfers between the two, either way, ordered in the range (undated ones too). */
  transferCount: Scalars['Int']['output'];
  /** The most recent of those transfers (at most 100), by year of order. */
  transfers: Array<ArmsTransfer>;
  /** Shared events without a date (not in `years`). */
  undatedEvents: Scalars['Int']['output'];
  /** Years with shared events, agreements begun or in force, arms transfers ordered, in order, from the first to the last (years with nothing between them included, so the axis is even). */
  years: Array<DyadYear>;
};

/** One month of a dyad's shared events (events dated only by their year are in `DyadYear` alone). */
export type DyadMonth = {
  __typename?: 'DyadMonth';
  events: Scalars['Int']['output'];
  goldsteinSum: Scalars['Float']['output'];
  /** As 2022-09. */
  month: Scalars['String']['output'];
  quadClasses: Array<Scalars['Int']['output']>;
};

export type DyadYear = {
  __typename?: 'DyadYear';
  /** Agreements between the two that began in this year. */
  agreements: Scalars['Int']['output'];
  /** Agreements between the two in force at some time in this year. */
  agreementsInForce: Scalars['Int']['output'];
  cooperations: Scalars['Int']['output'];
  events: Scalars['Int']['output'];
  exercises: Scalars['Int']['output'];
  goldsteinSum: Scalars['Float']['output'];
  incidents: Scalars['Int']['output'];
  meetings: Scalars['Int']['output'];
  /** Shared events per CAMEO quad class: [verbal cooperation, material cooperation, verbal conflict, material conflict]. */
  quadClasses: Array<Scalars['Int']['output']>;
  statements: Scalars['Int']['output'];
  /** SIPRI TIV (millions) of the weapons delivered under the transfers ordered in this year. */
  tivDelivered: Scalars['Float']['output'];
  /** Arms transfers between the two ordered in this year. */
  transfers: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** A family of country-to-country links in the country network. */
export type EdgeFamily =
  | 'AGREEMENTS'
  | 'ARMS_TRANSFERS'
  | 'EVENTS';

export type Entity = {
  aliases: Array<Scalars['String']['output']>;
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  /** Up to `first` relationships (default 100, at most 500). */
  relations: Array<Relation>;
};


export type EntityRelationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

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

/** A short reference to a node. */
export type EntityRef = {
  __typename?: 'EntityRef';
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
};

export type Event = Entity & {
  __typename?: 'Event';
  aliases: Array<Scalars['String']['output']>;
  avgTone: Maybe<Scalars['Float']['output']>;
  cameoBase: Maybe<Scalars['String']['output']>;
  /** CAMEO event code, its base (3 digits) and root (2 digits). */
  cameoCode: Maybe<Scalars['String']['output']>;
  cameoRoot: Maybe<Scalars['String']['output']>;
  date: Maybe<Scalars['String']['output']>;
  datePrecision: Maybe<DatePrecision>;
  eventKind: EventKind;
  evidence: Array<Evidence>;
  /** Goldstein scale, from -10 (conflict) to +10 (cooperation). */
  goldstein: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  numArticles: Maybe<Scalars['Int']['output']>;
  numMentions: Maybe<Scalars['Int']['output']>;
  numSources: Maybe<Scalars['Int']['output']>;
  participants: Array<Participant>;
  /** Where it happened, a full Place. */
  place: Maybe<Place>;
  quadClass: Maybe<Scalars['Int']['output']>;
  relations: Array<Relation>;
  /** What was said, for statements. */
  text: Maybe<Scalars['String']['output']>;
};


export type EventRelationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type EventConnection = {
  __typename?: 'EventConnection';
  edges: Array<EventEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EventEdge = {
  __typename?: 'EventEdge';
  cursor: Scalars['String']['output'];
  node: Event;
};

export type EventFilter = {
  /** Events this actor took part in. */
  actor?: InputMaybe<Scalars['ID']['input']>;
  /** CAMEO root codes, e.g. ["04", "05"]. */
  cameoRoots?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Events in which every listed country (ISO3) took part. */
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  from?: InputMaybe<Scalars['String']['input']>;
  kinds?: InputMaybe<Array<EventKind>>;
  to?: InputMaybe<Scalars['String']['input']>;
};

export type EventKind =
  | 'COOPERATION'
  | 'EXERCISE'
  | 'INCIDENT'
  | 'MEETING'
  | 'STATEMENT';

/** Where a fact comes from. */
export type Evidence = {
  __typename?: 'Evidence';
  publisher: Maybe<Scalars['String']['output']>;
  /** The exact supporting text; null for dataset rows. */
  quote: Maybe<Scalars['String']['output']>;
  sourceId: Scalars['ID']['output'];
  sourceTitle: Maybe<Scalars['String']['output']>;
  url: Maybe<Scalars['String']['output']>;
};

export type Graph = {
  __typename?: 'Graph';
  edges: Array<GraphEdge>;
  nodes: Array<GraphNode>;
  /** How many edges there were before a limit cut them (countryNetwork; null where not counted). */
  totalEdges: Maybe<Scalars['Int']['output']>;
  /** True whenever a limit cut the graph short. */
  truncated: Scalars['Boolean']['output'];
};

export type GraphEdge = {
  __typename?: 'GraphEdge';
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  properties: Scalars['JSON']['output'];
  source: Scalars['ID']['output'];
  target: Scalars['ID']['output'];
  /** A relationship type, or DYAD for an aggregated country-to-country edge. */
  type: Scalars['String']['output'];
  weight: Scalars['Float']['output'];
};

export type GraphFilter = {
  /** Keep only events of these kinds. */
  eventKinds?: InputMaybe<Array<EventKind>>;
  /** Keep only dated nodes and edges within this range (undated ones stay unless `includeUndated` is false). */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Whether facts without a date (events, agreements, transfers) are kept and counted; default true. */
  includeUndated?: InputMaybe<Scalars['Boolean']['input']>;
  /** Keep only nodes of these kinds (the start nodes are always kept). */
  kinds?: InputMaybe<Array<EntityKind>>;
  /** Follow only these relationship types. */
  relationshipTypes?: InputMaybe<Array<RelationshipType>>;
  to?: InputMaybe<Scalars['String']['input']>;
};

export type GraphNode = {
  __typename?: 'GraphNode';
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  label: Scalars['String']['output'];
  properties: Scalars['JSON']['output'];
};

export type Health = {
  __typename?: 'Health';
  counts: Array<LabelCount>;
  /** Why the database is unavailable, when it is. */
  error: Maybe<Scalars['String']['output']>;
  neo4jEdition: Maybe<Scalars['String']['output']>;
  neo4jVersion: Maybe<Scalars['String']['output']>;
  /** True when the database answered. */
  ok: Scalars['Boolean']['output'];
};

export type LabelCount = {
  __typename?: 'LabelCount';
  count: Scalars['Int']['output'];
  label: Scalars['String']['output'];
};

export type ManualCandidateInput = {
  end: Scalars['Int']['input'];
  fields: CandidateEdit;
  kind: CandidateKind;
  sourceId: Scalars['ID']['input'];
  start: Scalars['Int']['input'];
};

/**
 * Writes. Each needs `Authorization: Bearer <token>` (npm run token -- create): without one the
 * answer is UNAUTHENTICATED, with a revoked or unknown one UNAUTHENTICATED, with too small a
 * scope FORBIDDEN; repeated failures from one address are RATE_LIMITED. Each runs in one write
 * transaction and leaves an audit record in it.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Accepts a pending candidate (scope curate): its fact is written into the graph as the seed
   * loader writes facts (same ids, labels, relationships, dyad aggregates; evidence = the source
   * and the quote), with curatedBy and curatedAt. `edit` changes fields first; `mergeInto` names
   * an existing node of the same kind that the candidate is (its quote and links are added to it).
   */
  acceptCandidate: Candidate;
  /** Adds a text source (scope curate) and runs the extractor on it: its candidates are stored as pending. The same text again returns the stored source (`created: false`). */
  addSource: SourceReview;
  /** A candidate made by hand from a span of a source's text (scope curate); pending until accepted. */
  createCandidate: Candidate;
  /** Rejects a pending candidate (scope curate). */
  rejectCandidate: Candidate;
  /** Takes an accepted fact out of the graph (scope curate), by candidate id or by the id of the node it created; the candidate and the audit trail stay. */
  retractFact: Candidate;
  /** Revokes a live token by its id (scope admin). */
  revokeToken: TokenInfo;
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` (npm run token -- create): without one the
 * answer is UNAUTHENTICATED, with a revoked or unknown one UNAUTHENTICATED, with too small a
 * scope FORBIDDEN; repeated failures from one address are RATE_LIMITED. Each runs in one write
 * transaction and leaves an audit record in it.
 */
export type MutationAcceptCandidateArgs = {
  edit?: InputMaybe<CandidateEdit>;
  id: Scalars['ID']['input'];
  mergeInto?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` (npm run token -- create): without one the
 * answer is UNAUTHENTICATED, with a revoked or unknown one UNAUTHENTICATED, with too small a
 * scope FORBIDDEN; repeated failures from one address are RATE_LIMITED. Each runs in one write
 * transaction and leaves an audit record in it.
 */
export type MutationAddSourceArgs = {
  input: AddSourceInput;
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` (npm run token -- create): without one the
 * answer is UNAUTHENTICATED, with a revoked or unknown one UNAUTHENTICATED, with too small a
 * scope FORBIDDEN; repeated failures from one address are RATE_LIMITED. Each runs in one write
 * transaction and leaves an audit record in it.
 */
export type MutationCreateCandidateArgs = {
  input: ManualCandidateInput;
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` (npm run token -- create): without one the
 * answer is UNAUTHENTICATED, with a revoked or unknown one UNAUTHENTICATED, with too small a
 * scope FORBIDDEN; repeated failures from one address are RATE_LIMITED. Each runs in one write
 * transaction and leaves an audit record in it.
 */
export type MutationRejectCandidateArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` (npm run token -- create): without one the
 * answer is UNAUTHENTICATED, with a revoked or unknown one UNAUTHENTICATED, with too small a
 * scope FORBIDDEN; repeated failures from one address are RATE_LIMITED. Each runs in one write
 * transaction and leaves an audit record in it.
 */
export type MutationRetractFactArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` (npm run token -- create): without one the
 * answer is UNAUTHENTICATED, with a revoked or unknown one UNAUTHENTICATED, with too small a
 * scope FORBIDDEN; repeated failures from one address are RATE_LIMITED. Each runs in one write
 * transaction and leaves an audit record in it.
 */
export type MutationRevokeTokenArgs = {
  id: Scalars['ID']['input'];
};

/** How the country network aggregates its edges. */
export type NetworkOptions = {
  /** Weight of one agreement both are party to; default 1. */
  agreementWeight?: InputMaybe<Scalars['Float']['input']>;
  /** Only events with these CAMEO root codes, e.g. ["04", "19"]. */
  cameoRoots?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Weight of one shared event in an edge's weight; default 1. */
  eventWeight?: InputMaybe<Scalars['Float']['input']>;
  /** Families to aggregate; default all. */
  families?: InputMaybe<Array<EdgeFamily>>;
  /** Leave out edges lighter than this (after weighting). */
  minWeight?: InputMaybe<Scalars['Float']['input']>;
  /** Only events of these CAMEO quad classes: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  quadClasses?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Weight of one million SIPRI trend-indicator values (TIV) of weapons delivered between the two; default 0. */
  tivWeight?: InputMaybe<Scalars['Float']['input']>;
  /** Weight of one arms transfer between the two (a SIPRI register row: one deal, ordered in one year); default 1. */
  transferWeight?: InputMaybe<Scalars['Float']['input']>;
};

export type Organization = Entity & {
  __typename?: 'Organization';
  /** Agreements it is party to, newest first: `first` (default 10, at most 100). */
  agreements: Array<Agreement>;
  aliases: Array<Scalars['String']['output']>;
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  orgType: Maybe<Scalars['String']['output']>;
  relations: Array<Relation>;
};


export type OrganizationAgreementsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type OrganizationRelationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Participant = {
  __typename?: 'Participant';
  /** The person, state or organization that took part: a full entity, read in the same statement when more than its id, kind and name is asked. */
  actor: Entity;
  role: ParticipantRole;
};

export type ParticipantRole =
  | 'HOST'
  | 'PARTICIPANT'
  | 'SOURCE'
  | 'TARGET'
  | 'VISITOR';

export type Party = {
  __typename?: 'Party';
  /** The state or organization party to the agreement, a full entity (as Participant.actor). */
  actor: Entity;
  from: Maybe<Scalars['String']['output']>;
  to: Maybe<Scalars['String']['output']>;
};

export type Person = Entity & {
  __typename?: 'Person';
  aliases: Array<Scalars['String']['output']>;
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  relations: Array<Relation>;
};


export type PersonRelationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Place = Entity & {
  __typename?: 'Place';
  aliases: Array<Scalars['String']['output']>;
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  lat: Maybe<Scalars['Float']['output']>;
  lon: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  relations: Array<Relation>;
};


export type PlaceRelationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * Entente: who meets whom, who agrees what with whom, and which source says so.
 * Dates are ISO 8601 reduced forms: "2022", "2022-09" or "2022-09-08", with their precision.
 * Every fact carries evidence: the source it comes from and, for text, the quote that supports it.
 */
export type Query = {
  __typename?: 'Query';
  /** Agreements, newest first, in Relay-style pages. `first`: default 20, at most 100. */
  agreements: AgreementConnection;
  /** The audit trail, newest first (scope admin): every write with who, when, what, before and after. `first`: default 50, at most 200; `target` keeps the records of one id. */
  auditRecords: AuditPage;
  /**
   * Countries with aggregated, weighted country-to-country edges (shared events, agreements and,
   * once imported, arms transfers): the `limit` heaviest edges (default 500, at most 5000);
   * `Graph.totalEdges` counts the edges before that cut. `options` chooses the families, their
   * weights, quad classes and CAMEO roots, and a minimum weight; `filter.eventKinds` the kinds of
   * events, `filter.from`/`to` the period and `filter.includeUndated` whether undated facts count.
   * An edge (type DYAD, undirected: `source` has the lower ISO3 code) has in `properties`:
   * `events`, `meetings`, `exercises`, `incidents`, `statements`, `cooperations`, `quadClass1` …
   * `quadClass4` (CAMEO quad classes: verbal cooperation, material cooperation, verbal conflict,
   * material conflict), `goldsteinSum`, `agreements`, `agreementsInForce`, `transfers` (arms
   * transfers ordered in the range, either way), `transfersFromSource` / `transfersFromTarget` (of
   * those, supplied by `source` / by `target`), `tivOrdered`, `tivDelivered` (SIPRI TIV, millions)
   * and `sampleTransferIds` (up to 10); the true
   * first and last dates of what it summarises as reduced dates with their precision
   * (`firstEventDate`/`firstEventPrecision`, `lastEventDate`/`lastEventPrecision`,
   * `firstAgreementDate`/`firstAgreementPrecision`, `lastAgreementDate`/`lastAgreementPrecision`:
   * the latest start or end of its agreements, `firstTransferDate`/`firstTransferPrecision` (the
   * first year of order), `lastTransferDate`/`lastTransferPrecision` (the latest year of order or
   * delivery), and over all families
   * `firstDate`/`firstPrecision`, `lastDate`/`lastPrecision`); `firstMonth`/`lastMonth` (the
   * event months, as before); `sampleEventIds` (up to 10) and `agreementIds` (up to 20). A node
   * has `degree`.
   */
  countryNetwork: Graph;
  /** The span of the dated facts loaded (events, agreements, arms transfers), the undated ones counted, and counts per year for a timeline. */
  dataSpan: DataSpan;
  /** Everything between two countries (ISO 3166 alpha-3 codes), with a per-year summary. */
  dyad: Dyad;
  /** One node with its properties, evidence and relations. */
  entity: Maybe<Entity>;
  /** Events, newest first, in Relay-style pages. `first`: default 20, at most 100. */
  events: EventConnection;
  /** The accepted candidates that wrote a node: where in which text a fact was read. */
  factCandidates: Array<Candidate>;
  /** Whether the database answers, its version, and node counts by label. */
  health: Health;
  /** Nodes and edges within `depth` hops (default 1, at most 3) of the given nodes; at most `limit` nodes (default 200, at most 2000). */
  neighborhood: Graph;
  /** The review queue: pending candidates, by source and place in the text. `first`: default 20, at most 100; `source` keeps one source's. */
  pendingCandidates: CandidatePage;
  /** Full-text search over names and aliases, best match first. `first`: default 10, at most 50. */
  search: Array<Entity>;
  /** The shortest path between two actors, through at most `maxHops` relationships (default 6, at most 10). Among equally short paths, the one through the least-connected nodes (meetings and officials before whole countries), the same one every time. */
  shortestPath: Graph;
  /** The equally short paths between two actors, ranked as `shortestPath` ranks them (its answer first): at most `first` (default 5, at most 20), each its own graph; empty when they are not connected. */
  shortestPaths: Array<Graph>;
  /** A text source a researcher added, with its text and every candidate read in it. */
  sourceDocument: Maybe<SourceDocument>;
  /** The text sources researchers added, newest first. `first`: default 50, at most 200. */
  sourceDocuments: Array<SourceDocument>;
  /** Every API token (scope admin): never the token itself, which only its creator saw. */
  tokens: Array<TokenInfo>;
  /** Who the token in the Authorization header belongs to (any live token; without one UNAUTHENTICATED): the explorer's sign-in checks a token with it. */
  viewer: Viewer;
};


/**
 * Entente: who meets whom, who agrees what with whom, and which source says so.
 * Dates are ISO 8601 reduced forms: "2022", "2022-09" or "2022-09-08", with their precision.
 * Every fact carries evidence: the source it comes from and, for text, the quote that supports it.
 */
export type QueryAgreementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Entente: who meets whom, who agrees what with whom, and which source says so.
 * Dates are ISO 8601 reduced forms: "2022", "2022-09" or "2022-09-08", with their precision.
 * Every fact carries evidence: the source it comes from and, for text, the quote that supports it.
 */
export type QueryAuditRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  target?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Entente: who meets whom, who agrees what with whom, and which source says so.
 * Dates are ISO 8601 reduced forms: "2022", "2022-09" or "2022-09-08", with their precision.
 * Every fact carries evidence: the source it comes from and, for text, the quote that supports it.
 */
export type QueryCountryNetworkArgs = {
  filter?: InputMaybe<GraphFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  options?: InputMaybe<NetworkOptions>;
};


/**
 * Entente: who meets whom, who agrees what with whom, and which source says so.
 * Dates are ISO 8601 reduced forms: "2022", "2022-09" or "2022-09-08", with their precision.
 * Every fact carries evidence: the source it comes from and, for text, the quote that supports it.
 */
export type QueryDyadArgs = {
  a: Scalars['String']['input'];
  b: Scalars['String']['input'];
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Entente: who meets whom, who agrees what with whom, and which source says so.
 * Dates are ISO 8601 reduced forms: "2022", "2022-09" or "2022-09-08", with their precision.
 * Every fact carries evidence: the source it comes from and, for text, the quote that supports it.
 */
export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Entente: who meets whom, who agrees what with whom, and which source says so.
 * Dates are ISO 8601 reduced forms: "2022", "2022-09" or "2022-09-08", with their precision.
 * Every fact carries evidence: the source it comes from and, for text, the quote that supports it.
 */
export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Entente: who meets whom, who agrees what with whom, and which source says so.
 * Dates are ISO 8601 reduced forms: "2022", "2022-09" or "2022-09-08", with their precision.
 * Every fact carries evidence: the source it comes from and, for text, the quote that supports it.
 */
export type QueryFactCandidatesArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Entente: who meets whom, who agrees what with whom, and which source says so.
 * Dates are ISO 8601 reduced forms: "2022", "2022-09" or "2022-09-08", with their precision.
 * Every fact carries evidence: the source it comes from and, for text, the quote that supports it.
 */
export type QueryNeighborhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<GraphFilter>;
  ids: Array<Scalars['ID']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Entente: who meets whom, who agrees what with whom, and which source says so.
 * Dates are ISO 8601 reduced forms: "2022", "2022-09" or "2022-09-08", with their precision.
 * Every fact carries evidence: the source it comes from and, for text, the quote that supports it.
 */
export type QueryPendingCandidatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  source?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Entente: who meets whom, who agrees what with whom, and which source says so.
 * Dates are ISO 8601 reduced forms: "2022", "2022-09" or "2022-09-08", with their precision.
 * Every fact carries evidence: the source it comes from and, for text, the quote that supports it.
 */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  text: Scalars['String']['input'];
};


/**
 * Entente: who meets whom, who agrees what with whom, and which source says so.
 * Dates are ISO 8601 reduced forms: "2022", "2022-09" or "2022-09-08", with their precision.
 * Every fact carries evidence: the source it comes from and, for text, the quote that supports it.
 */
export type QueryShortestPathArgs = {
  filter?: InputMaybe<GraphFilter>;
  from: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


/**
 * Entente: who meets whom, who agrees what with whom, and which source says so.
 * Dates are ISO 8601 reduced forms: "2022", "2022-09" or "2022-09-08", with their precision.
 * Every fact carries evidence: the source it comes from and, for text, the quote that supports it.
 */
export type QueryShortestPathsArgs = {
  filter?: InputMaybe<GraphFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


/**
 * Entente: who meets whom, who agrees what with whom, and which source says so.
 * Dates are ISO 8601 reduced forms: "2022", "2022-09" or "2022-09-08", with their precision.
 * Every fact carries evidence: the source it comes from and, for text, the quote that supports it.
 */
export type QuerySourceDocumentArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Entente: who meets whom, who agrees what with whom, and which source says so.
 * Dates are ISO 8601 reduced forms: "2022", "2022-09" or "2022-09-08", with their precision.
 * Every fact carries evidence: the source it comes from and, for text, the quote that supports it.
 */
export type QuerySourceDocumentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A relationship seen from one of its ends. */
export type Relation = {
  __typename?: 'Relation';
  direction: Direction;
  evidence: Array<Evidence>;
  /** PARTY_TO and HOLDS_OFFICE: when it began and ended. */
  from: Maybe<Scalars['String']['output']>;
  other: EntityRef;
  /** PARTICIPATED_IN: the role; HOLDS_OFFICE: the title. */
  role: Maybe<Scalars['String']['output']>;
  to: Maybe<Scalars['String']['output']>;
  type: RelationshipType;
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

export type Source = Entity & {
  __typename?: 'Source';
  aliases: Array<Scalars['String']['output']>;
  dataset: Maybe<Scalars['String']['output']>;
  datePrecision: Maybe<DatePrecision>;
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  publishedAt: Maybe<Scalars['String']['output']>;
  publisher: Maybe<Scalars['String']['output']>;
  relations: Array<Relation>;
  title: Maybe<Scalars['String']['output']>;
  url: Maybe<Scalars['String']['output']>;
};


export type SourceRelationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A source a researcher added: its text and the candidates read in it. */
export type SourceDocument = {
  __typename?: 'SourceDocument';
  addedBy: Scalars['String']['output'];
  candidates: Array<Candidate>;
  id: Scalars['ID']['output'];
  publishedAt: Maybe<Scalars['String']['output']>;
  publisher: Maybe<Scalars['String']['output']>;
  /** ISO 8601 date-time. */
  retrievedAt: Scalars['String']['output'];
  sha256: Scalars['String']['output'];
  text: Scalars['String']['output'];
  title: Scalars['String']['output'];
  url: Maybe<Scalars['String']['output']>;
};

export type SourceReview = {
  __typename?: 'SourceReview';
  candidates: Array<Candidate>;
  /** False when the same text was already stored (nothing was written). */
  created: Scalars['Boolean']['output'];
  source: SourceDocument;
};

/** An API token's record: `curate` may add sources and review candidates, `admin` also reads the audit trail and manages tokens. */
export type TokenInfo = {
  __typename?: 'TokenInfo';
  /** ISO 8601 date-time. */
  createdAt: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  revokedAt: Maybe<Scalars['String']['output']>;
  scope: Scalars['String']['output'];
};

/** The holder of a token, as its writes are signed. */
export type Viewer = {
  __typename?: 'Viewer';
  name: Scalars['String']['output'];
  /** curate or admin. */
  scope: Scalars['String']['output'];
};

export type WeaponSystem = Entity & {
  __typename?: 'WeaponSystem';
  aliases: Array<Scalars['String']['output']>;
  category: Maybe<Scalars['String']['output']>;
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  relations: Array<Relation>;
};


export type WeaponSystemRelationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};
