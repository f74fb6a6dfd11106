// GraphQL arguments → the checked parameters of each query (server/queries/). Every check that
// can fail names the argument (inputs.ts); the resolvers only pass the result on.
import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import type {
  AgreementFilter,
  EventFilter,
  GraphFilter,
  NetworkOptions,
  QueryAgreementsArgs,
  QueryCountryNetworkArgs,
  QueryDyadArgs,
  QueryEntityArgs,
  QueryEventsArgs,
  QueryNeighborhoodArgs,
  QuerySearchArgs,
  QueryShortestPathArgs,
} from '../../schema/generated/graphql.ts';
import {
  EDGE_FAMILIES,
  EVENT_LABELS,
  RELATIONSHIP_TYPES,
  type EdgeFamily,
} from '../../schema/model.ts';
import { badInput } from '../errors.ts';
import type { AgreementsArgs } from '../queries/agreements.ts';
import type { CountryNetworkArgs } from '../queries/country-network.ts';
import { dyadParts, type DyadArgs, type DyadWants } from '../queries/dyad.ts';
import { NODE_ONLY, type EntityWants } from '../queries/entity-rows.ts';
import type { EventsArgs } from '../queries/events.ts';
import type { NeighborhoodArgs } from '../queries/neighborhood.ts';
import { decodeCursor } from '../queries/pages.ts';
import type { SearchArgs } from '../queries/search.ts';
import type { ShortestPathArgs } from '../queries/shortest-path.ts';
import {
  bounded,
  boundedList,
  checkId,
  checkIso3,
  dateRange,
  eventLabelsOf,
  graphFilterParams,
  labelsOf,
  LIMITS,
} from './inputs.ts';
import {
  entityWants,
  graphWants,
  subFields,
  WantsParams,
  type SelectionScope,
} from './entity-wants.ts';

const scopeOf = (info: GraphQLResolveInfo): SelectionScope => ({
  fragments: info.fragments,
  variableValues: info.variableValues,
});

/** What the selection asks of the entities under `path` (field names below the root field). */
function wantsAt(info: GraphQLResolveInfo, params: WantsParams, ...path: string[]): EntityWants {
  const scope = scopeOf(info);
  let nodes: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) nodes = subFields(scope, nodes).get(name) ?? [];
  return nodes.length ? entityWants(scope, nodes, params) : NODE_ONLY;
}

/** The wants of the entities at `path`, with the parameters they name. */
function selection(info: GraphQLResolveInfo, ...path: string[]) {
  const params = new WantsParams();
  const wants = wantsAt(info, params, ...path);
  return { wants, wantsParams: params.values, relTypes: [...RELATIONSHIP_TYPES] };
}

export function searchParams(args: QuerySearchArgs, info: GraphQLResolveInfo): SearchArgs {
  if (args.text.length > LIMITS.searchTextLength) {
    throw badInput(
      'text',
      `at most ${LIMITS.searchTextLength} characters (got ${args.text.length})`,
    );
  }
  return {
    text: args.text,
    kindLabels: labelsOf(boundedList('kinds', args.kinds)),
    first: bounded('first', args.first, 10, LIMITS.searchFirst),
    ...selection(info),
  };
}

export function entityParams(args: QueryEntityArgs, info: GraphQLResolveInfo) {
  return { id: checkId('id', args.id), ...selection(info) };
}

export function neighborhoodParams(
  args: QueryNeighborhoodArgs,
  info: GraphQLResolveInfo,
): NeighborhoodArgs {
  const ids = boundedList('ids', args.ids, LIMITS.ids) ?? [];
  if (ids.length === 0) throw badInput('ids', 'give at least one id');
  return {
    ids: ids.map((id) => checkId('ids', id)),
    depth: bounded('depth', args.depth, 1, LIMITS.depth) as 1 | 2 | 3,
    limit: bounded('limit', args.limit, 200, LIMITS.neighborhoodLimit),
    ...graphFilterParams(args.filter),
    wants: graphWants(scopeOf(info), info.fieldNodes),
  };
}

/** The checked arguments of shortestPath (one path) and shortestPaths (`first` of them). */
export function pathParams(
  args: QueryShortestPathArgs & { first?: number | null },
  paths: 'one' | 'several',
  info: GraphQLResolveInfo,
): ShortestPathArgs {
  const from = checkId('from', args.from);
  const to = checkId('to', args.to);
  if (from === to) throw badInput('to', 'must differ from `from`');
  const filter = graphFilterParams(args.filter);
  return {
    from,
    to,
    maxHops: bounded('maxHops', args.maxHops, 6, LIMITS.maxHops),
    first: paths === 'one' ? 1 : bounded('first', args.first, 5, LIMITS.paths),
    kindLabels: filter.kindLabels,
    eventLabels: filter.eventLabels,
    relTypes: filter.relTypes,
    dateFrom: filter.from,
    dateTo: filter.to,
    includeUndated: filter.includeUndated,
    wants: graphWants(scopeOf(info), info.fieldNodes),
  };
}

function countryNetworkFilter(filter: GraphFilter | null | undefined) {
  const { kindLabels, eventLabels, relTypes, from, to, includeUndated } = graphFilterParams(filter);
  const kinds = new Set(kindLabels ?? ['Event', 'Agreement', 'ArmsTransfer']);
  return {
    from,
    to,
    includeUndated,
    kindLabels: eventLabels ?? Object.values(EVENT_LABELS),
    withEvents: kinds.has('Event') && relTypes.includes('PARTICIPATED_IN'),
    withAgreements: kinds.has('Agreement') && relTypes.includes('PARTY_TO'),
    withTransfers:
      kinds.has('ArmsTransfer') && (relTypes.includes('SUPPLIED') || relTypes.includes('RECEIVED')),
  };
}

/** A weight from 0 to 1,000,000 (the default 1). */
function weightOf(argument: string, value: number | null | undefined): number {
  const weight = value ?? 1;
  if (!Number.isFinite(weight) || weight < 0 || weight > 1e6)
    throw badInput(argument, `must be a number from 0 to 1000000 (got ${weight})`);
  return weight;
}

function networkOptions(options: NetworkOptions | null | undefined) {
  const families = new Set<EdgeFamily>(
    boundedList('options.families', options?.families) ?? EDGE_FAMILIES,
  );
  const quadClasses = boundedList('options.quadClasses', options?.quadClasses)?.map((q) => {
    if (!Number.isInteger(q) || q < 1 || q > 4)
      throw badInput('options.quadClasses', `must be quad classes from 1 to 4 (got ${q})`);
    return String(q);
  });
  const minWeight = options?.minWeight ?? null;
  if (minWeight !== null && !Number.isFinite(minWeight))
    throw badInput('options.minWeight', 'must be a number');
  return {
    families,
    eventWeight: weightOf('options.eventWeight', options?.eventWeight),
    agreementWeight: weightOf('options.agreementWeight', options?.agreementWeight),
    transferWeight: weightOf('options.transferWeight', options?.transferWeight),
    tivWeight: weightOf('options.tivWeight', options?.tivWeight ?? 0),
    cameoRoots: cameoRoots('options.cameoRoots', options?.cameoRoots),
    quadClasses: quadClasses ?? null,
    minWeight,
  };
}

export function countryNetworkParams(
  args: QueryCountryNetworkArgs,
  info: GraphQLResolveInfo,
): CountryNetworkArgs {
  const filter = countryNetworkFilter(args.filter);
  const { families, ...options } = networkOptions(args.options);
  return {
    ...filter,
    ...options,
    withEvents: filter.withEvents && families.has('EVENTS'),
    withAgreements: filter.withAgreements && families.has('AGREEMENTS'),
    withTransfers: filter.withTransfers && families.has('ARMS_TRANSFERS'),
    limit: bounded('limit', args.limit, 500, LIMITS.networkEdges),
    wants: graphWants(scopeOf(info), info.fieldNodes),
  };
}

export function dyadParams(args: QueryDyadArgs, info: GraphQLResolveInfo) {
  const a = checkIso3('a', args.a);
  const b = checkIso3('b', args.b);
  if (a === b) throw badInput('b', 'must differ from `a`');
  const params = new WantsParams();
  const wants: DyadWants = {
    a: wantsAt(info, params, 'a'),
    b: wantsAt(info, params, 'b'),
    events: wantsAt(info, params, 'events'),
    agreements: wantsAt(info, params, 'agreements'),
    transfers: wantsAt(info, params, 'transfers'),
    parts: dyadParts(new Set(subFields(scopeOf(info), info.fieldNodes).keys())),
  };
  const range: DyadArgs = { a, b, ...dateRange(args.from, args.to) };
  return { ...range, wants, wantsParams: params.values, relTypes: [...RELATIONSHIP_TYPES] };
}

const cameoRoots = (argument: string, values: readonly string[] | null | undefined) =>
  boundedList(argument, values)?.map((root) => {
    if (!/^\d{2}$/.test(root))
      throw badInput(
        argument,
        `must be two-digit CAMEO root codes such as "04" (got ${JSON.stringify(root.slice(0, 20))})`,
      );
    return root;
  }) ?? null;

const countries = (argument: string, values: readonly string[] | null | undefined) =>
  boundedList(argument, values)?.map((c) => checkIso3(argument, c)) ?? null;

function eventFilterParams(filter: EventFilter | null | undefined) {
  return {
    eventLabels: eventLabelsOf(boundedList('filter.kinds', filter?.kinds)),
    actor: filter?.actor != null ? checkId('filter.actor', filter.actor) : null,
    countries: countries('filter.countries', filter?.countries),
    cameoRoots: cameoRoots('filter.cameoRoots', filter?.cameoRoots),
    ...dateRange(filter?.from, filter?.to, 'filter.'),
  };
}

function agreementFilterParams(filter: AgreementFilter | null | undefined) {
  return {
    types: boundedList('filter.types', filter?.types) as string[] | null,
    statuses: boundedList('filter.statuses', filter?.statuses) as string[] | null,
    party: filter?.party != null ? checkId('filter.party', filter.party) : null,
    countries: countries('filter.countries', filter?.countries),
    ...dateRange(filter?.from, filter?.to, 'filter.'),
  };
}

/** What every page of events or agreements shares: size, cursor and what the selection wants. */
function pageParams(
  args: { first?: number | null; after?: string | null },
  info: GraphQLResolveInfo,
) {
  return {
    first: bounded('first', args.first, 20, LIMITS.pageFirst),
    after: decodeCursor('after', args.after),
    withTotal: subFields(scopeOf(info), info.fieldNodes).has('totalCount'),
    ...selection(info, 'edges', 'node'),
  };
}

export function eventsParams(args: QueryEventsArgs, info: GraphQLResolveInfo): EventsArgs {
  return { ...eventFilterParams(args.filter), ...pageParams(args, info) };
}

export function agreementsParams(
  args: QueryAgreementsArgs,
  info: GraphQLResolveInfo,
): AgreementsArgs {
  return { ...agreementFilterParams(args.filter), ...pageParams(args, info) };
}
