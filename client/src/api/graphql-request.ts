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

export async function requestGraphQL<T>(
  query: string,
  variables: Record<string, unknown>,
  signal?: AbortSignal,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError('The Entente API could not be reached. Is the server running?', 'NETWORK');
  }
  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
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
