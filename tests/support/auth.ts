// Tokens and authorised requests for tests of the write path.
import type { Database } from '../../db/connect.ts';
import { createToken } from '../../db/curation/tokens.ts';
import type { App } from '../../server/app.ts';
import type { GraphQLResponse } from './api.ts';

export async function makeToken(db: Database, scope: 'curate' | 'admin', name = `test ${scope}`) {
  return (await createToken(db, { name, scope, actor: 'test' })).token;
}

/** A GraphQL POST with a bearer token (or a raw Authorization header) and a client address. */
export async function graphqlAs<T = Record<string, unknown>>(
  app: App,
  auth: { token?: string; header?: string; address?: string },
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const header = auth.header ?? (auth.token ? `Bearer ${auth.token}` : undefined);
  if (header) headers.authorization = header;
  const response = await app.fetch(
    'http://entente.test/graphql',
    { method: 'POST', headers, body: JSON.stringify({ query, variables }) },
    { req: { socket: { remoteAddress: auth.address ?? '192.0.2.1' } } },
  );
  return { status: response.status, ...((await response.json()) as object) };
}

export const codeOf = (response: GraphQLResponse) =>
  response.errors?.map((e) => e.extensions?.code as string | undefined);
