// The non-GraphQL routes, as a yoga plugin so that tests reach them through yoga.fetch too:
// /health, /export/{format}, and the built explorer with its single-page fallback.
import type { Plugin } from 'graphql-yoga';
import { health } from '../queries/health.ts';
import { exportResponse, type ExportOptions } from './export-route.ts';
import { staticResponse } from './static-files.ts';

export interface RoutesOptions extends ExportOptions {
  /** The built explorer's folder. */
  clientDir: string;
}

export function useRoutes(options: RoutesOptions): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      // Responses are built with yoga's fetch implementation, which the server adapter expects.
      const { Response } = fetchAPI;
      if (url.pathname === '/graphql') return;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(
          new Response('Method not allowed', { status: 405, headers: { allow: 'GET, HEAD' } }),
        );
        return;
      }
      if (url.pathname === '/health') {
        const report = await health(options.reader);
        endResponse(
          new Response(
            JSON.stringify({ status: report.ok ? 'ok' : 'unavailable', database: report }),
            {
              status: report.ok ? 200 : 503,
              headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
            },
          ),
        );
      } else if (url.pathname.startsWith('/export/')) {
        endResponse(await exportResponse(url, options, Response));
      } else {
        endResponse(await staticResponse(url, options.clientDir, Response));
      }
    },
  };
}
