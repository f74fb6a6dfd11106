import type * as Types from '../../../schema/generated/graphql.ts';
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityObject } from '../../queries/entity-rows.ts';
import type { CandidateRow, SourceDocumentRow } from '../../queries/candidates.ts';
import type { Graph, GraphNode, GraphEdge } from '../../../schema/graph.ts';
import type { Context } from '../context.ts';
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };


export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Types.Maybe<TTypes> | Promise<Types.Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Entity:
    | ( EntityObject )
    | ( EntityObject )
    | ( EntityObject )
    | ( EntityObject )
    | ( EntityObject )
    | ( EntityObject )
    | ( EntityObject )
    | ( EntityObject )
    | ( EntityObject )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddSourceInput: Types.AddSourceInput;
  Agreement: ResolverTypeWrapper<EntityObject>;
  AgreementConnection: ResolverTypeWrapper<Omit<Types.AgreementConnection, 'edges'> & { edges: Array<ResolversTypes['AgreementEdge']> }>;
  AgreementEdge: ResolverTypeWrapper<Omit<Types.AgreementEdge, 'node'> & { node: ResolversTypes['Agreement'] }>;
  AgreementFilter: Types.AgreementFilter;
  AgreementStatus: Types.AgreementStatus;
  AgreementType: Types.AgreementType;
  ArmsTransfer: ResolverTypeWrapper<EntityObject>;
  AuditPage: ResolverTypeWrapper<Types.AuditPage>;
  AuditRecord: ResolverTypeWrapper<Types.AuditRecord>;
  Boolean: ResolverTypeWrapper<Types.Scalars['Boolean']['output']>;
  Candidate: ResolverTypeWrapper<CandidateRow>;
  CandidateEdit: Types.CandidateEdit;
  CandidateKind: Types.CandidateKind;
  CandidatePage: ResolverTypeWrapper<Omit<Types.CandidatePage, 'candidates'> & { candidates: Array<ResolversTypes['Candidate']> }>;
  CandidateStatus: Types.CandidateStatus;
  Country: ResolverTypeWrapper<EntityObject>;
  DataSpan: ResolverTypeWrapper<Types.DataSpan>;
  DataSpanYear: ResolverTypeWrapper<Types.DataSpanYear>;
  DatePrecision: Types.DatePrecision;
  DatedPoint: ResolverTypeWrapper<Types.DatedPoint>;
  Direction: Types.Direction;
  Dyad: ResolverTypeWrapper<Omit<Types.Dyad, 'a' | 'agreements' | 'b' | 'events' | 'transfers'> & { a: ResolversTypes['Country'], agreements: Array<ResolversTypes['Agreement']>, b: ResolversTypes['Country'], events: Array<ResolversTypes['Event']>, transfers: Array<ResolversTypes['ArmsTransfer']> }>;
  DyadMonth: ResolverTypeWrapper<Types.DyadMonth>;
  DyadYear: ResolverTypeWrapper<Types.DyadYear>;
  EdgeFamily: Types.EdgeFamily;
  Entity: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Entity']>;
  EntityKind: Types.EntityKind;
  EntityRef: ResolverTypeWrapper<Types.EntityRef>;
  Event: ResolverTypeWrapper<EntityObject>;
  EventConnection: ResolverTypeWrapper<Omit<Types.EventConnection, 'edges'> & { edges: Array<ResolversTypes['EventEdge']> }>;
  EventEdge: ResolverTypeWrapper<Omit<Types.EventEdge, 'node'> & { node: ResolversTypes['Event'] }>;
  EventFilter: Types.EventFilter;
  EventKind: Types.EventKind;
  Evidence: ResolverTypeWrapper<Types.Evidence>;
  Float: ResolverTypeWrapper<Types.Scalars['Float']['output']>;
  Graph: ResolverTypeWrapper<Graph>;
  GraphEdge: ResolverTypeWrapper<GraphEdge>;
  GraphFilter: Types.GraphFilter;
  GraphNode: ResolverTypeWrapper<GraphNode>;
  Health: ResolverTypeWrapper<Types.Health>;
  ID: ResolverTypeWrapper<Types.Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Types.Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Types.Scalars['JSON']['output']>;
  LabelCount: ResolverTypeWrapper<Types.LabelCount>;
  ManualCandidateInput: Types.ManualCandidateInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NetworkOptions: Types.NetworkOptions;
  Organization: ResolverTypeWrapper<EntityObject>;
  PageInfo: ResolverTypeWrapper<Types.PageInfo>;
  Participant: ResolverTypeWrapper<Omit<Types.Participant, 'actor'> & { actor: ResolversTypes['Entity'] }>;
  ParticipantRole: Types.ParticipantRole;
  Party: ResolverTypeWrapper<Omit<Types.Party, 'actor'> & { actor: ResolversTypes['Entity'] }>;
  Person: ResolverTypeWrapper<EntityObject>;
  Place: ResolverTypeWrapper<EntityObject>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Relation: ResolverTypeWrapper<Omit<Types.Relation, 'evidence'> & { evidence: Array<ResolversTypes['Evidence']> }>;
  RelationshipType: Types.RelationshipType;
  Source: ResolverTypeWrapper<EntityObject>;
  SourceDocument: ResolverTypeWrapper<SourceDocumentRow>;
  SourceReview: ResolverTypeWrapper<Omit<Types.SourceReview, 'candidates' | 'source'> & { candidates: Array<ResolversTypes['Candidate']>, source: ResolversTypes['SourceDocument'] }>;
  String: ResolverTypeWrapper<Types.Scalars['String']['output']>;
  TokenInfo: ResolverTypeWrapper<Types.TokenInfo>;
  Viewer: ResolverTypeWrapper<Types.Viewer>;
  WeaponSystem: ResolverTypeWrapper<EntityObject>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddSourceInput: Types.AddSourceInput;
  Agreement: EntityObject;
  AgreementConnection: Omit<Types.AgreementConnection, 'edges'> & { edges: Array<ResolversParentTypes['AgreementEdge']> };
  AgreementEdge: Omit<Types.AgreementEdge, 'node'> & { node: ResolversParentTypes['Agreement'] };
  AgreementFilter: Types.AgreementFilter;
  ArmsTransfer: EntityObject;
  AuditPage: Types.AuditPage;
  AuditRecord: Types.AuditRecord;
  Boolean: Types.Scalars['Boolean']['output'];
  Candidate: CandidateRow;
  CandidateEdit: Types.CandidateEdit;
  CandidatePage: Omit<Types.CandidatePage, 'candidates'> & { candidates: Array<ResolversParentTypes['Candidate']> };
  Country: EntityObject;
  DataSpan: Types.DataSpan;
  DataSpanYear: Types.DataSpanYear;
  DatedPoint: Types.DatedPoint;
  Dyad: Omit<Types.Dyad, 'a' | 'agreements' | 'b' | 'events' | 'transfers'> & { a: ResolversParentTypes['Country'], agreements: Array<ResolversParentTypes['Agreement']>, b: ResolversParentTypes['Country'], events: Array<ResolversParentTypes['Event']>, transfers: Array<ResolversParentTypes['ArmsTransfer']> };
  DyadMonth: Types.DyadMonth;
  DyadYear: Types.DyadYear;
  Entity: ResolversInterfaceTypes<ResolversParentTypes>['Entity'];
  EntityRef: Types.EntityRef;
  Event: EntityObject;
  EventConnection: Omit<Types.EventConnection, 'edges'> & { edges: Array<ResolversParentTypes['EventEdge']> };
  EventEdge: Omit<Types.EventEdge, 'node'> & { node: ResolversParentTypes['Event'] };
  EventFilter: Types.EventFilter;
  Evidence: Types.Evidence;
  Float: Types.Scalars['Float']['output'];
  Graph: Graph;
  GraphEdge: GraphEdge;
  GraphFilter: Types.GraphFilter;
  GraphNode: GraphNode;
  Health: Types.Health;
  ID: Types.Scalars['ID']['output'];
  Int: Types.Scalars['Int']['output'];
  JSON: Types.Scalars['JSON']['output'];
  LabelCount: Types.LabelCount;
  ManualCandidateInput: Types.ManualCandidateInput;
  Mutation: Record<PropertyKey, never>;
  NetworkOptions: Types.NetworkOptions;
  Organization: EntityObject;
  PageInfo: Types.PageInfo;
  Participant: Omit<Types.Participant, 'actor'> & { actor: ResolversParentTypes['Entity'] };
  Party: Omit<Types.Party, 'actor'> & { actor: ResolversParentTypes['Entity'] };
  Person: EntityObject;
  Place: EntityObject;
  Query: Record<PropertyKey, never>;
  Relation: Omit<Types.Relation, 'evidence'> & { evidence: Array<ResolversParentTypes['Evidence']> };
  Source: EntityObject;
  SourceDocument: SourceDocumentRow;
  SourceReview: Omit<Types.SourceReview, 'candidates' | 'source'> & { candidates: Array<ResolversParentTypes['Candidate']>, source: ResolversParentTypes['SourceDocument'] };
  String: Types.Scalars['String']['output'];
  TokenInfo: Types.TokenInfo;
  Viewer: Types.Viewer;
  WeaponSystem: EntityObject;
};

export type AgreementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Agreement'] = ResolversParentTypes['Agreement']> = {
  agreementType?: Resolver<ResolversTypes['AgreementType'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  consultation?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  date?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  datePrecision?: Resolver<Types.Maybe<ResolversTypes['DatePrecision']>, ParentType, ContextType>;
  defense?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  endDate?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  neutrality?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  nonAggression?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  offense?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  parties?: Resolver<Array<ResolversTypes['Party']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<Types.AgreementRelationsArgs, 'first'>>;
  status?: Resolver<Types.Maybe<ResolversTypes['AgreementStatus']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AgreementConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgreementConnection'] = ResolversParentTypes['AgreementConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AgreementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AgreementEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgreementEdge'] = ResolversParentTypes['AgreementEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType>;
};

export type ArmsTransferResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArmsTransfer'] = ResolversParentTypes['ArmsTransfer']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  comments?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dataset?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  datePrecision?: Resolver<Types.Maybe<ResolversTypes['DatePrecision']>, ParentType, ContextType>;
  deliveryYears?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  numberDelivered?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  numberDeliveredUncertain?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  numberOrdered?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  numberOrderedUncertain?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  orderYear?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  orderYearUncertain?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  recipientName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<Types.ArmsTransferRelationsArgs, 'first'>>;
  sourceFile?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceLastLine?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sourceLine?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sourceRow?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  supplierName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tivDelivered?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  tivOrdered?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  tivPerUnit?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  weaponDescription?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weaponDesignation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AuditPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditPage'] = ResolversParentTypes['AuditPage']> = {
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  records?: Resolver<Array<ResolversTypes['AuditRecord']>, ParentType, ContextType>;
};

export type AuditRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditRecord'] = ResolversParentTypes['AuditRecord']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  after?: Resolver<Types.Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Types.Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  tokenId?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type CandidateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Candidate'] = ResolversParentTypes['Candidate']> = {
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  edit?: Resolver<Types.Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  extractorVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  factId?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  fields?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CandidateKind'], ParentType, ContextType>;
  linkedId?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reviewedAt?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewedBy?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CandidateStatus'], ParentType, ContextType>;
};

export type CandidatePageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CandidatePage'] = ResolversParentTypes['CandidatePage']> = {
  candidates?: Resolver<Array<ResolversTypes['Candidate']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CountryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Country'] = ResolversParentTypes['Country']> = {
  agreements?: Resolver<Array<ResolversTypes['Agreement']>, ParentType, ContextType, RequireFields<Types.CountryAgreementsArgs, 'first'>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  cowCode?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  iso2?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  iso3?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<Types.CountryRelationsArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DataSpanResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataSpan'] = ResolversParentTypes['DataSpan']> = {
  earliest?: Resolver<Types.Maybe<ResolversTypes['DatedPoint']>, ParentType, ContextType>;
  latest?: Resolver<Types.Maybe<ResolversTypes['DatedPoint']>, ParentType, ContextType>;
  undatedAgreements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  undatedEvents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  undatedTransfers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  years?: Resolver<Array<ResolversTypes['DataSpanYear']>, ParentType, ContextType>;
};

export type DataSpanYearResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataSpanYear'] = ResolversParentTypes['DataSpanYear']> = {
  agreements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  events?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  transfers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DatedPointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DatedPoint'] = ResolversParentTypes['DatedPoint']> = {
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  precision?: Resolver<ResolversTypes['DatePrecision'], ParentType, ContextType>;
};

export type DyadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Dyad'] = ResolversParentTypes['Dyad']> = {
  a?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
  agreements?: Resolver<Array<ResolversTypes['Agreement']>, ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
  eventCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  first?: Resolver<Types.Maybe<ResolversTypes['DatedPoint']>, ParentType, ContextType>;
  from?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  goldsteinSum?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  last?: Resolver<Types.Maybe<ResolversTypes['DatedPoint']>, ParentType, ContextType>;
  months?: Resolver<Array<ResolversTypes['DyadMonth']>, ParentType, ContextType>;
  to?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  transferCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  transfers?: Resolver<Array<ResolversTypes['ArmsTransfer']>, ParentType, ContextType>;
  undatedEvents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  years?: Resolver<Array<ResolversTypes['DyadYear']>, ParentType, ContextType>;
};

export type DyadMonthResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DyadMonth'] = ResolversParentTypes['DyadMonth']> = {
  events?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  goldsteinSum?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quadClasses?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type DyadYearResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DyadYear'] = ResolversParentTypes['DyadYear']> = {
  agreements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  agreementsInForce?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cooperations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  events?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  exercises?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  goldsteinSum?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  incidents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  meetings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quadClasses?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tivDelivered?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  transfers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  __resolveType: TypeResolveFn<'Agreement' | 'ArmsTransfer' | 'Country' | 'Event' | 'Organization' | 'Person' | 'Place' | 'Source' | 'WeaponSystem', ParentType, ContextType>;
};

export type EntityRefResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityRef'] = ResolversParentTypes['EntityRef']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  avgTone?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  cameoBase?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cameoCode?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cameoRoot?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  datePrecision?: Resolver<Types.Maybe<ResolversTypes['DatePrecision']>, ParentType, ContextType>;
  eventKind?: Resolver<ResolversTypes['EventKind'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  goldstein?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  numArticles?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  numMentions?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  numSources?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['Participant']>, ParentType, ContextType>;
  place?: Resolver<Types.Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  quadClass?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<Types.EventRelationsArgs, 'first'>>;
  text?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EventConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EventConnection'] = ResolversParentTypes['EventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EventEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EventEdge'] = ResolversParentTypes['EventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  publisher?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sourceTitle?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GraphResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Graph'] = ResolversParentTypes['Graph']> = {
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  totalEdges?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type GraphEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type GraphNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = {
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
};

export type HealthResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Health'] = ResolversParentTypes['Health']> = {
  counts?: Resolver<Array<ResolversTypes['LabelCount']>, ParentType, ContextType>;
  error?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  neo4jEdition?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  neo4jVersion?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LabelCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LabelCount'] = ResolversParentTypes['LabelCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptCandidate?: Resolver<ResolversTypes['Candidate'], ParentType, ContextType, RequireFields<Types.MutationAcceptCandidateArgs, 'id'>>;
  addSource?: Resolver<ResolversTypes['SourceReview'], ParentType, ContextType, RequireFields<Types.MutationAddSourceArgs, 'input'>>;
  createCandidate?: Resolver<ResolversTypes['Candidate'], ParentType, ContextType, RequireFields<Types.MutationCreateCandidateArgs, 'input'>>;
  rejectCandidate?: Resolver<ResolversTypes['Candidate'], ParentType, ContextType, RequireFields<Types.MutationRejectCandidateArgs, 'id'>>;
  retractFact?: Resolver<ResolversTypes['Candidate'], ParentType, ContextType, RequireFields<Types.MutationRetractFactArgs, 'id'>>;
  revokeToken?: Resolver<ResolversTypes['TokenInfo'], ParentType, ContextType, RequireFields<Types.MutationRevokeTokenArgs, 'id'>>;
};

export type OrganizationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  agreements?: Resolver<Array<ResolversTypes['Agreement']>, ParentType, ContextType, RequireFields<Types.OrganizationAgreementsArgs, 'first'>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orgType?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<Types.OrganizationRelationsArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ParticipantResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Participant'] = ResolversParentTypes['Participant']> = {
  actor?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ParticipantRole'], ParentType, ContextType>;
};

export type PartyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Party'] = ResolversParentTypes['Party']> = {
  actor?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  from?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<Types.PersonRelationsArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlaceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Place'] = ResolversParentTypes['Place']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  lat?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  lon?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<Types.PlaceRelationsArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  agreements?: Resolver<ResolversTypes['AgreementConnection'], ParentType, ContextType, RequireFields<Types.QueryAgreementsArgs, 'first'>>;
  auditRecords?: Resolver<ResolversTypes['AuditPage'], ParentType, ContextType, RequireFields<Types.QueryAuditRecordsArgs, 'first'>>;
  countryNetwork?: Resolver<ResolversTypes['Graph'], ParentType, ContextType, RequireFields<Types.QueryCountryNetworkArgs, 'limit'>>;
  dataSpan?: Resolver<ResolversTypes['DataSpan'], ParentType, ContextType>;
  dyad?: Resolver<ResolversTypes['Dyad'], ParentType, ContextType, RequireFields<Types.QueryDyadArgs, 'a' | 'b'>>;
  entity?: Resolver<Types.Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<Types.QueryEntityArgs, 'id'>>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<Types.QueryEventsArgs, 'first'>>;
  factCandidates?: Resolver<Array<ResolversTypes['Candidate']>, ParentType, ContextType, RequireFields<Types.QueryFactCandidatesArgs, 'id'>>;
  health?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
  neighborhood?: Resolver<ResolversTypes['Graph'], ParentType, ContextType, RequireFields<Types.QueryNeighborhoodArgs, 'depth' | 'ids' | 'limit'>>;
  pendingCandidates?: Resolver<ResolversTypes['CandidatePage'], ParentType, ContextType, RequireFields<Types.QueryPendingCandidatesArgs, 'first'>>;
  search?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<Types.QuerySearchArgs, 'first' | 'text'>>;
  shortestPath?: Resolver<ResolversTypes['Graph'], ParentType, ContextType, RequireFields<Types.QueryShortestPathArgs, 'from' | 'maxHops' | 'to'>>;
  shortestPaths?: Resolver<Array<ResolversTypes['Graph']>, ParentType, ContextType, RequireFields<Types.QueryShortestPathsArgs, 'first' | 'from' | 'maxHops' | 'to'>>;
  sourceDocument?: Resolver<Types.Maybe<ResolversTypes['SourceDocument']>, ParentType, ContextType, RequireFields<Types.QuerySourceDocumentArgs, 'id'>>;
  sourceDocuments?: Resolver<Array<ResolversTypes['SourceDocument']>, ParentType, ContextType, RequireFields<Types.QuerySourceDocumentsArgs, 'first'>>;
  tokens?: Resolver<Array<ResolversTypes['TokenInfo']>, ParentType, ContextType>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
};

export type RelationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Relation'] = ResolversParentTypes['Relation']> = {
  direction?: Resolver<ResolversTypes['Direction'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  from?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  other?: Resolver<ResolversTypes['EntityRef'], ParentType, ContextType>;
  role?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
};

export type SourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  dataset?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  datePrecision?: Resolver<Types.Maybe<ResolversTypes['DatePrecision']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedAt?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publisher?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<Types.SourceRelationsArgs, 'first'>>;
  title?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SourceDocumentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceDocument'] = ResolversParentTypes['SourceDocument']> = {
  addedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  candidates?: Resolver<Array<ResolversTypes['Candidate']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publishedAt?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publisher?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  retrievedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SourceReviewResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceReview'] = ResolversParentTypes['SourceReview']> = {
  candidates?: Resolver<Array<ResolversTypes['Candidate']>, ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['SourceDocument'], ParentType, ContextType>;
};

export type TokenInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TokenInfo'] = ResolversParentTypes['TokenInfo']> = {
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WeaponSystemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WeaponSystem'] = ResolversParentTypes['WeaponSystem']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  category?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<Types.WeaponSystemRelationsArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Agreement?: AgreementResolvers<ContextType>;
  AgreementConnection?: AgreementConnectionResolvers<ContextType>;
  AgreementEdge?: AgreementEdgeResolvers<ContextType>;
  ArmsTransfer?: ArmsTransferResolvers<ContextType>;
  AuditPage?: AuditPageResolvers<ContextType>;
  AuditRecord?: AuditRecordResolvers<ContextType>;
  Candidate?: CandidateResolvers<ContextType>;
  CandidatePage?: CandidatePageResolvers<ContextType>;
  Country?: CountryResolvers<ContextType>;
  DataSpan?: DataSpanResolvers<ContextType>;
  DataSpanYear?: DataSpanYearResolvers<ContextType>;
  DatedPoint?: DatedPointResolvers<ContextType>;
  Dyad?: DyadResolvers<ContextType>;
  DyadMonth?: DyadMonthResolvers<ContextType>;
  DyadYear?: DyadYearResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  EntityRef?: EntityRefResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  EventConnection?: EventConnectionResolvers<ContextType>;
  EventEdge?: EventEdgeResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  Graph?: GraphResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  Health?: HealthResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LabelCount?: LabelCountResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Participant?: ParticipantResolvers<ContextType>;
  Party?: PartyResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Relation?: RelationResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  SourceDocument?: SourceDocumentResolvers<ContextType>;
  SourceReview?: SourceReviewResolvers<ContextType>;
  TokenInfo?: TokenInfoResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  WeaponSystem?: WeaponSystemResolvers<ContextType>;
};

