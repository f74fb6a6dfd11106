// DNS rebinding: a page on evil.example re-points its name at 127.0.0.1 and then reads the
// local API as if same-origin. Its requests still say `Host: evil.example`, so a server bound
// to loopback answers only requests addressed to a loopback name, plus the names the operator
// adds in ENTENTE_ALLOWED_HOSTS (a reverse proxy's, say).
import type { Plugin } from 'graphql-yoga';

export const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

const LOOPBACK_ADDRESSES = new Set(['127.0.0.1', '::1', 'localhost']);

export function isLoopback(host: string): boolean {
  return LOOPBACK_ADDRESSES.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * The Host names the server answers to, or undefined for any: loopback names when bound to
 * loopback, with the extra names configured; only the configured ones when bound elsewhere.
 */
export function allowedHosts(bindHost: string, extra: string[]): string[] | undefined {
  if (isLoopback(bindHost)) return [...LOOPBACK_HOSTS, bindHost, ...extra];
  return extra.length > 0 ? extra : undefined;
}

/** The host name of a Host header, lower-cased and without its port. */
export function hostName(header: string): string {
  const host = header.trim().toLowerCase();
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1);
  return host.replace(/:\d*$/, '');
}

export function useHostCheck(allowed: string[]): Plugin {
  const names = new Set(allowed.map((name) => name.toLowerCase()));
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      const name = hostName(request.headers.get('host') ?? url.host);
      if (names.has(name)) return;
      endResponse(
        new fetchAPI.Response(
          `Host ${JSON.stringify(name)} is not one this server answers to; add it to ENTENTE_ALLOWED_HOSTS.`,
          { status: 421, headers: { 'content-type': 'text/plain; charset=utf-8' } },
        ),
      );
    },
  };
}
