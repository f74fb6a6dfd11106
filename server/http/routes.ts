// The non-GraphQL routes, as a yoga plugin so that tests reach them through yoga.fetch too:
// /health, /export/{format}, and the built explorer with its single-page fallback.
import type { Plugin } from 'graphql-yoga';
import { health } from '../queries/health.ts';
import { malformedGraphQLParam } from './graphql-params.ts';
import { exportResponse, type ExportOptions } from './export-route.ts';
import { staticResponse } from './static-files.ts';

export interface RoutesOptions extends ExportOptions {
  /** The built explorer's folder. */
  clientDir: string;
  /** 'restarting' while the managed Neo4j is started again. */
  neo4jState?: () => string;
}

export function useRoutes(options: RoutesOptions): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      // Responses are built with yoga's fetch implementation, which the server adapter expects.
      const { Response } = fetchAPI;
      if (url.pathname === '/graphql') {
        const malformed = request.method === 'GET' ? malformedGraphQLParam(url) : undefined;
        if (malformed) {
          const errors = [{ message: malformed, extensions: { code: 'BAD_INPUT' } }];
          endResponse(
            new Response(JSON.stringify({ errors }), {
              status: 400,
              headers: { 'content-type': 'application/json' },
            }),
          );
        }
        return;
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(
          new Response('Method not allowed', { status: 405, headers: { allow: 'GET, HEAD' } }),
        );
        return;
      }
      try {
        endResponse(await route(url, options, Response));
      } catch (error) {
        // Never a stack or an install path to the client: the detail goes to the server's log.
        console.error(`${request.method} ${url.pathname} failed`, error);
        endResponse(
          new Response(JSON.stringify({ error: 'Unexpected error.' }), {
            status: 500,
            headers: { 'content-type': 'application/json' },
          }),
        );
      }
    },
  };
}

async function route(
  url: URL,
  options: RoutesOptions,
  Response: typeof globalThis.Response,
): Promise<Response> {
  if (url.pathname === '/health') {
    const restarting = options.neo4jState?.() === 'restarting';
    const report = await health(options.reader, restarting ? 1000 : undefined);
    const status = restarting ? 'restarting' : report.ok ? 'ok' : 'unavailable';
    return new Response(JSON.stringify({ status, database: report }), {
      status: report.ok && !restarting ? 200 : 503,
      headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
    });
  }
  if (url.pathname.startsWith('/export/')) return exportResponse(url, options, Response);
  return staticResponse(url, options.clientDir, Response);
}
