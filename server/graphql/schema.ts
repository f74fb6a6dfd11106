// The executable schema: the SDL of schema/schema.graphql with Entente's resolvers.
import fs from 'node:fs';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { resolvers } from './resolvers.ts';

const typeDefs = fs.readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8');

export const schema = makeExecutableSchema({ typeDefs, resolvers });
