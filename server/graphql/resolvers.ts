// Root resolvers: check arguments, then run exactly one statement (two when a total count is
// selected) through the context's reader. Nested fields only read what that statement fetched.
import { GraphQLScalarType, type GraphQLResolveInfo } from 'graphql';
import type {
  AgreementFilter,
  EventFilter,
  GraphFilter,
  QueryAgreementsArgs,
  QueryCountryNetworkArgs,
  QueryDyadArgs,
  QueryEntityArgs,
  QueryEventsArgs,
  QueryNeighborhoodArgs,
  QueryShortestPathArgs,
  QueryShortestPathsArgs,
  QuerySearchArgs,
} from '../../schema/generated/graphql.ts';
import { EMPTY_GRAPH } from '../../schema/merge-graphs.ts';
import { EVENT_LABELS, RELATIONSHIP_TYPES } from '../../schema/model.ts';
import { agreements } from '../queries/agreements.ts';
import { countryNetwork } from '../queries/country-network.ts';
import { dyad } from '../queries/dyad.ts';
import { entity } from '../queries/entity.ts';
import { events } from '../queries/events.ts';
import { health } from '../queries/health.ts';
import { neighborhood } from '../queries/neighborhood.ts';
import { decodeCursor } from '../queries/pages.ts';
import type { Reader } from '../queries/reader.ts';
import { search } from '../queries/search.ts';
import { shortestPaths, type ShortestPathArgs } from '../queries/shortest-path.ts';
import { badInput, notFound } from './errors.ts';
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
import { intArgument, selected } from './selection.ts';

export interface Context {
  reader: Reader;
}

/** Whether and how many relations the selection wants, for the one statement to fetch. */
function relationsWanted(info: GraphQLResolveInfo) {
  const field = selected(info, 'relations');
  const relationsFirst = field
    ? bounded('relations.first', intArgument(info, field, 'first'), 100, LIMITS.relationsFirst)
    : 0;
  return { withRelations: Boolean(field), relationsFirst, relTypes: [...RELATIONSHIP_TYPES] };
}

/** The checked arguments of shortestPath and shortestPaths. */
function pathArgs(args: QueryShortestPathArgs, first: number): ShortestPathArgs {
  const from = checkId('from', args.from);
  const to = checkId('to', args.to);
  if (from === to) throw badInput('to', 'must differ from `from`');
  const filter = graphFilterParams(args.filter);
  return {
    from,
    to,
    maxHops: bounded('maxHops', args.maxHops, 6, LIMITS.maxHops),
    first,
    kindLabels: filter.kindLabels,
    eventLabels: filter.eventLabels,
    relTypes: filter.relTypes,
    dateFrom: filter.from,
    dateTo: filter.to,
  };
}

async function rankedPaths(reader: Reader, args: ShortestPathArgs) {
  const result = await shortestPaths(reader, args);
  if (!result.foundFrom) throw notFound(`from: no entity with id ${JSON.stringify(args.from)}`);
  if (!result.foundTo) throw notFound(`to: no entity with id ${JSON.stringify(args.to)}`);
  return result.paths;
}

function eventFilterParams(filter: EventFilter | null | undefined) {
  return {
    eventLabels: eventLabelsOf(boundedList('filter.kinds', filter?.kinds)),
    actor: filter?.actor != null ? checkId('filter.actor', filter.actor) : null,
    countries:
      boundedList('filter.countries', filter?.countries)?.map((c) =>
        checkIso3('filter.countries', c),
      ) ?? null,
    cameoRoots:
      boundedList('filter.cameoRoots', filter?.cameoRoots)?.map((root) => {
        if (!/^\d{2}$/.test(root))
          throw badInput(
            'filter.cameoRoots',
            `must be two-digit CAMEO root codes such as "04" (got ${JSON.stringify(root.slice(0, 20))})`,
          );
        return root;
      }) ?? null,
    ...dateRange(filter?.from, filter?.to, 'filter.'),
  };
}

function agreementFilterParams(filter: AgreementFilter | null | undefined) {
  return {
    types: boundedList('filter.types', filter?.types) as string[] | null,
    statuses: boundedList('filter.statuses', filter?.statuses) as string[] | null,
    party: filter?.party != null ? checkId('filter.party', filter.party) : null,
    countries:
      boundedList('filter.countries', filter?.countries)?.map((c) =>
        checkIso3('filter.countries', c),
      ) ?? null,
    ...dateRange(filter?.from, filter?.to, 'filter.'),
  };
}

function countryNetworkParams(filter: GraphFilter | null | undefined) {
  const { kindLabels, relTypes, from, to } = graphFilterParams(filter);
  const kinds = new Set(kindLabels ?? ['Event', 'Agreement']);
  return {
    from,
    to,
    eventKinds: filter?.eventKinds ? [...filter.eventKinds] : Object.keys(EVENT_LABELS),
    withEvents: kinds.has('Event') && relTypes.includes('PARTICIPATED_IN'),
    withAgreements: kinds.has('Agreement') && relTypes.includes('PARTY_TO'),
  };
}

const passThrough = (value: unknown) => value;

const relationsField = {
  relations: (parent: { relations: unknown[] }, args: { first?: number | null }) =>
    parent.relations.slice(0, bounded('relations.first', args.first, 100, LIMITS.relationsFirst)),
};

export const resolvers = {
  JSON: new GraphQLScalarType({
    name: 'JSON',
    serialize: passThrough,
    parseValue: passThrough,
    parseLiteral: () => {
      throw badInput('JSON', 'is an output type only');
    },
  }),
  Entity: { __resolveType: (entity: { __typename: string }) => entity.__typename },
  Country: relationsField,
  Person: relationsField,
  Organization: relationsField,
  WeaponSystem: relationsField,
  Place: relationsField,
  Event: relationsField,
  Agreement: relationsField,
  Source: relationsField,
  Query: {
    health: (_: unknown, __: unknown, { reader }: Context) => health(reader),

    search: (_: unknown, args: QuerySearchArgs, { reader }: Context, info: GraphQLResolveInfo) => {
      if (args.text.length > LIMITS.searchTextLength) {
        throw badInput(
          'text',
          `at most ${LIMITS.searchTextLength} characters (got ${args.text.length})`,
        );
      }
      return search(reader, {
        text: args.text,
        kindLabels: labelsOf(boundedList('kinds', args.kinds)),
        first: bounded('first', args.first, 10, LIMITS.searchFirst),
        ...relationsWanted(info),
      });
    },

    entity: (_: unknown, args: QueryEntityArgs, { reader }: Context, info: GraphQLResolveInfo) => {
      const { relationsFirst } = relationsWanted(info);
      return entity(reader, {
        id: checkId('id', args.id),
        relTypes: [...RELATIONSHIP_TYPES],
        relationsFirst: Math.max(relationsFirst, 100),
      });
    },

    neighborhood: (_: unknown, args: QueryNeighborhoodArgs, { reader }: Context) => {
      const ids = boundedList('ids', args.ids, LIMITS.ids) ?? [];
      if (ids.length === 0) throw badInput('ids', 'give at least one id');
      return neighborhood(reader, {
        ids: ids.map((id) => checkId('ids', id)),
        depth: bounded('depth', args.depth, 1, LIMITS.depth) as 1 | 2 | 3,
        limit: bounded('limit', args.limit, 200, LIMITS.neighborhoodLimit),
        ...graphFilterParams(args.filter),
      });
    },

    shortestPath: async (_: unknown, args: QueryShortestPathArgs, { reader }: Context) => {
      const [best] = await rankedPaths(reader, pathArgs(args, 1));
      return best ?? EMPTY_GRAPH;
    },

    shortestPaths: (_: unknown, args: QueryShortestPathsArgs, { reader }: Context) =>
      rankedPaths(reader, pathArgs(args, bounded('first', args.first, 5, LIMITS.paths))),

    countryNetwork: (_: unknown, args: QueryCountryNetworkArgs, { reader }: Context) =>
      countryNetwork(reader, {
        ...countryNetworkParams(args.filter),
        limit: bounded('limit', args.limit, 500, LIMITS.networkEdges),
      }),

    dyad: async (_: unknown, args: QueryDyadArgs, { reader }: Context) => {
      const a = checkIso3('a', args.a);
      const b = checkIso3('b', args.b);
      if (a === b) throw badInput('b', 'must differ from `a`');
      const range = dateRange(args.from, args.to);
      const result = await dyad(reader, { a, b, ...range });
      if (!result.foundA) throw notFound(`a: no country with ISO3 code ${a}`);
      if (!result.foundB) throw notFound(`b: no country with ISO3 code ${b}`);
      return { ...result, from: args.from ?? null, to: args.to ?? null };
    },

    events: (_: unknown, args: QueryEventsArgs, { reader }: Context, info: GraphQLResolveInfo) =>
      events(reader, {
        ...eventFilterParams(args.filter),
        first: bounded('first', args.first, 20, LIMITS.pageFirst),
        after: decodeCursor('after', args.after),
        withTotal: Boolean(selected(info, 'totalCount')),
        ...relationsWanted(info),
      }),

    agreements: (
      _: unknown,
      args: QueryAgreementsArgs,
      { reader }: Context,
      info: GraphQLResolveInfo,
    ) =>
      agreements(reader, {
        ...agreementFilterParams(args.filter),
        first: bounded('first', args.first, 20, LIMITS.pageFirst),
        after: decodeCursor('after', args.after),
        withTotal: Boolean(selected(info, 'totalCount')),
        ...relationsWanted(info),
      }),
  },
};
