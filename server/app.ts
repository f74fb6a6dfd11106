// Builds the HTTP application (yoga with the GraphQL API, GraphiQL, /health, /export and the
// explorer) without opening a port: main.ts listens, tests call app.fetch directly.
import path from 'node:path';
import { useGraphQlJit } from '@envelop/graphql-jit';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { PROJECT_ROOT } from '../db/config.ts';
import { GRAPHIQL_EXAMPLES } from './graphql/examples.ts';
import { createCaches, type Context } from './graphql/context.ts';
import { useHeavyWorkLimit, type HeavyWorkOptions } from './graphql/heavy-work.ts';
import { useKnownOperationTypes } from './graphql/operation-types.ts';
import { schema } from './graphql/schema.ts';
import { useHostCheck } from './http/host-check.ts';
import { useRoutes } from './http/routes.ts';
import { hashingRenderer, useSecurityHeaders } from './http/security-headers.ts';
import type { Database } from '../db/connect.ts';
import { createReader } from './queries/reader.ts';
import {
  DEFAULT_FAILURE_LIMITS,
  FailureLimiter,
  type FailureLimits,
} from './auth/failure-limiter.ts';
import { useWriteAuth } from './auth/use-write-auth.ts';
import type { CurationHooks } from '../db/curation/review.ts';
import { createFetcher, type FetchOptions } from './curation/fetch-source.ts';

export interface AppOptions {
  db: Pick<Database, 'driver' | 'database'>;
  /** Shows field suggestions and unmasked errors; default false. */
  development?: boolean;
  /** The built explorer; default dist/client. */
  clientDir?: string;
  /** Failed sign-ins allowed per address; default DEFAULT_FAILURE_LIMITS (10 per 10 minutes). */
  authFailures?: Partial<FailureLimits>;
  /** Test hooks inside each curation transaction (a crash before commit); default none. */
  curationHooks?: CurationHooks;
  /** How URL sources are fetched: default fetch-source.ts with its SSRF guard and bounds. */
  fetchOptions?: Partial<FetchOptions>;
  /** The budget of concurrent heavy requests (graphql/heavy-work.ts); defaults there. */
  heavyWork?: HeavyWorkOptions;
  /** 'restarting' while the managed Neo4j is started again (db/managed/supervisor.ts). */
  neo4jState?: () => string;
  /** Host header names answered (DNS rebinding guard, host-check.ts); default any. */
  allowedHosts?: string[];
}

/**
 * Query limits. No valid query nests deeper than 7 levels (events → edges → node → relations →
 * other → id), so depth 8 refuses only abuse. The cost rule multiplies by `first`/`limit`
 * arguments and by 1.5 per level: one page of 100 fully nested events costs about 78,000, ten
 * such pages in one request are refused.
 */
export const ARMOR = {
  maxDepth: { n: 8 },
  maxAliases: { n: 10 },
  maxTokens: { n: 2000 },
  maxDirectives: { n: 20 },
  costLimit: { maxCost: 100_000, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5 },
};

export type App = YogaServerInstance<Record<string, unknown>, Context>;

export function createApp(options: AppOptions): App {
  const reader = createReader(options.db);
  const caches = createCaches();
  const development = options.development ?? false;
  const fetchText = createFetcher(options.fetchOptions);
  const limiter = new FailureLimiter({ ...DEFAULT_FAILURE_LIMITS, ...options.authFailures });
  const graphiql = hashingRenderer(renderGraphiQL);
  return createYoga<Record<string, unknown>, Context>({
    schema,
    context: () => ({
      reader,
      caches,
      db: options.db,
      curationHooks: options.curationHooks ?? {},
      fetchText,
    }),
    graphqlEndpoint: '/graphql',
    graphiql: { title: 'Entente GraphiQL', defaultTabs: GRAPHIQL_EXAMPLES },
    renderGraphiQL: graphiql.render,
    landingPage: false,
    // yoga's own liveness probe would answer /health with an empty 200; ours reports Neo4j.
    healthCheckEndpoint: '/live',
    // The API and the explorer share an origin; other sites' pages get no CORS access.
    cors: false,
    maskedErrors: { isDev: development },
    plugins: [
      ...(options.allowedHosts ? [useHostCheck(options.allowedHosts)] : []),
      useSecurityHeaders(graphiql.hashes),
      // Compiles each operation once into a plain function: large answers (a 500-node
      // neighbourhood) execute in about two thirds of graphql-js's time (BENCHMARKS.md, API).
      useGraphQlJit(),
      useKnownOperationTypes(),
      useHeavyWorkLimit(options.heavyWork),
      EnvelopArmorPlugin({ ...ARMOR, blockFieldSuggestion: { enabled: !development } }),
      // GET and form-encoded POSTs need the x-graphql-yoga-csrf header; JSON POSTs are preflighted.
      useCSRFPrevention(),
      // Writes and the audit trail need a token (server/auth/scopes.ts); reads stay open.
      useWriteAuth({ db: options.db, limiter }),
      useRoutes({
        reader,
        schema,
        clientDir: options.clientDir ?? path.join(PROJECT_ROOT, 'dist', 'client'),
        neo4jState: options.neo4jState,
      }),
    ],
  });
}
