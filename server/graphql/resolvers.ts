// The resolver map, typed from the SDL (generated/resolvers.ts): each root field checks its
// arguments (params.ts) and runs exactly one statement, two when a total count is selected,
// through the context's reader. Nested fields only read what that statement fetched.
import { GraphQLScalarType, type GraphQLResolveInfo } from 'graphql';
import type { QueryDyadArgs } from '../../schema/generated/graphql.ts';
import { EMPTY_GRAPH } from '../../schema/merge-graphs.ts';
import { badInput, notFound } from '../errors.ts';
import { agreements } from '../queries/agreements.ts';
import { countryNetwork } from '../queries/country-network.ts';
import { dataSpan } from '../queries/data-span.ts';
import { dyad } from '../queries/dyad.ts';
import type { EntityObject } from '../queries/entity-rows.ts';
import { entity } from '../queries/entity.ts';
import { events } from '../queries/events.ts';
import { health } from '../queries/health.ts';
import { neighborhood } from '../queries/neighborhood.ts';
import type { Reader } from '../queries/reader.ts';
import { search } from '../queries/search.ts';
import { shortestPaths, type ShortestPathArgs } from '../queries/shortest-path.ts';
import type { Resolvers } from './generated/resolvers.ts';
import { adminMutations, adminQueries } from './admin-resolvers.ts';
import { curationMutations, curationQueries } from './curation-resolvers.ts';
import { bounded, LIMITS } from './inputs.ts';
import {
  agreementsParams,
  countryNetworkParams,
  dyadParams,
  entityParams,
  eventsParams,
  neighborhoodParams,
  pathParams,
  searchParams,
} from './params.ts';

export type { Context } from './context.ts';

async function rankedPaths(reader: Reader, args: ShortestPathArgs) {
  const result = await shortestPaths(reader, args);
  if (!result.foundFrom) throw notFound(`from: no entity with id ${JSON.stringify(args.from)}`);
  if (!result.foundTo) throw notFound(`to: no entity with id ${JSON.stringify(args.to)}`);
  return result.paths;
}

async function dyadOf(reader: Reader, args: QueryDyadArgs, info: GraphQLResolveInfo) {
  const params = dyadParams(args, info);
  const { a, b, foundA, foundB, ...rest } = await dyad(reader, params);
  if (!foundA || !a) throw notFound(`a: no country with ISO3 code ${params.a}`);
  if (!foundB || !b) throw notFound(`b: no country with ISO3 code ${params.b}`);
  return { ...rest, a, b, from: args.from ?? null, to: args.to ?? null };
}

const passThrough = (value: unknown) => value;

/**
 * Relations and agreements were fetched by the root statement, as many as the largest `first`
 * of the selection asks (entity-wants.ts); a smaller `first` under another alias shortens it.
 */
const relationsField = {
  relations: (parent: EntityObject, args: { first?: number | null }) =>
    (parent.relations ?? []).slice(
      0,
      bounded('relations.first', args.first, 100, LIMITS.relationsFirst),
    ),
};
const agreementsField = {
  agreements: (parent: EntityObject, args: { first?: number | null }) =>
    (parent.agreements ?? []).slice(
      0,
      bounded('agreements.first', args.first, 10, LIMITS.agreementsFirst),
    ),
};

export const resolvers: Resolvers = {
  JSON: new GraphQLScalarType({
    name: 'JSON',
    serialize: passThrough,
    parseValue: passThrough,
    parseLiteral: () => {
      throw badInput('JSON', 'is an output type only');
    },
  }),
  Entity: { __resolveType: (parent) => parent.__typename },
  Country: { ...relationsField, ...agreementsField },
  Person: relationsField,
  Organization: { ...relationsField, ...agreementsField },
  WeaponSystem: relationsField,
  Place: relationsField,
  Event: relationsField,
  Agreement: relationsField,
  ArmsTransfer: relationsField,
  Source: relationsField,
  Query: {
    health: (_, __, { reader }) => health(reader),
    search: (_, args, { reader }, info) => search(reader, searchParams(args, info)),
    entity: (_, args, { reader }, info) => entity(reader, entityParams(args, info)),
    neighborhood: (_, args, { reader }, info) =>
      neighborhood(reader, neighborhoodParams(args, info)),
    shortestPath: async (_, args, { reader }, info) =>
      (await rankedPaths(reader, pathParams(args, 'one', info)))[0] ?? EMPTY_GRAPH,
    shortestPaths: (_, args, { reader }, info) =>
      rankedPaths(reader, pathParams(args, 'several', info)),
    countryNetwork: (_, args, { reader, caches }, info) => {
      const params = countryNetworkParams(args, info);
      // The default view (the explorer's first screen) is kept until the data changes, one
      // answer per limit and selection.
      const key = `${params.limit} ${JSON.stringify(params.wants)}`;
      return args.filter || args.options
        ? countryNetwork(reader, params)
        : caches.network.get(reader, key, () => countryNetwork(reader, params));
    },
    dataSpan: (_, __, { reader, caches }) =>
      caches.dataSpan.get(reader, '', () => dataSpan(reader)),
    dyad: (_, args, { reader }, info) => dyadOf(reader, args, info),
    events: (_, args, { reader }, info) => events(reader, eventsParams(args, info)),
    agreements: (_, args, { reader }, info) => agreements(reader, agreementsParams(args, info)),
    ...adminQueries,
    ...curationQueries,
  },
  Mutation: { ...adminMutations, ...curationMutations },
};
