// Plain fetch for GraphQL (no client library: the explorer asks a handful of questions and
// caches nothing across views). Every failure becomes an ApiError with a sentence a researcher
// can act on; the server masks internals, so its messages are safe to show.

export class ApiError extends Error {
  constructor(
    message: string,
    /** The GraphQL error code (extensions.code) or HTTP status, when there is one. */
    readonly code: string | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** The GraphQL endpoint; same origin as the page (Vite's dev server proxies it). */
export const GRAPHQL_URL = '/graphql';

/**
 * A GraphQL document with the types codegen derives from it (generated/operations.ts): the
 * answer and the variables, carried on the string so that a request is typed where it is made.
 */
export type TypedQuery<TData, TVariables> = string & {
  readonly __answer?: TData;
  readonly __variables?: TVariables;
};

export async function requestGraphQL<TData, TVariables>(
  query: TypedQuery<TData, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
  /** The reviewer's API token, sent as `Authorization: Bearer …` (writes need one). */
  token?: string | null,
): Promise<TData> {
  let response: Response;
  // A JSON POST is never a "simple" request, so yoga's CSRF prevention lets it through.
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/json',
  };
  if (token) headers.authorization = `Bearer ${token}`;
  try {
    response = await fetch(GRAPHQL_URL, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError('The Entente API could not be reached. Is the server running?', 'NETWORK');
  }
  let body: GraphQLResponse<TData>;
  try {
    body = (await response.json()) as GraphQLResponse<TData>;
  } catch {
    throw new ApiError(
      `The Entente API answered ${response.status} ${response.statusText} without GraphQL data.`,
      String(response.status),
    );
  }
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.message, first.extensions?.code ?? null);
  if (!response.ok || !body.data) {
    throw new ApiError(
      `The Entente API answered ${response.status} without data.`,
      String(response.status),
    );
  }
  return body.data;
}
