// The API side: autocannon POSTs the GraphQL requests to /graphql over `connections` keep-alive
// connections, each cycling through the requests in order. Every response is checked (status
// 200 and no `errors`), and its time is kept for stats.ts.
import autocannon from 'autocannon';
import type { LoadOptions } from './floor-load.ts';
import type { Request } from './operations.ts';
import type { LoadResult } from './stats.ts';

export async function httpLoad(
  url: string,
  requests: readonly Request[],
  options: LoadOptions,
): Promise<LoadResult> {
  const times: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: options.connections,
        duration: options.seconds,
        // Slow statements must finish, not be abandoned and resent (autocannon's default is 10 s).
        timeout: 120,
        requests: requests.map((request) => ({
          method: 'POST' as const,
          path: '/graphql',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: request.query, variables: request.variables }),
          onResponse: (status: number, body: string) => {
            if (status !== 200 || body.includes('"errors"')) {
              errors++;
              firstError ??= `${status}: ${body.slice(0, 300)}`;
            }
          },
        })),
      },
      (error, result) => (error ? reject(error as Error) : resolve(result)),
    );
    // The callback form returns the instance, whose events carry each response's exact time.
    instance.on('response', (_client: unknown, status: number, _bytes: number, time: number) => {
      if (status === 200) times.push(time);
    });
  });
  if (result.errors && !firstError)
    firstError = `${result.errors} connection errors, ${result.timeouts} timeouts`;
  return {
    times,
    seconds: result.duration,
    errors: errors + result.errors + result.non2xx,
    firstError,
  };
}
