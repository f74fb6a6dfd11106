// Headers every response carries, whatever route made it (GraphQL, GraphiQL, /health, /export,
// the explorer, a 404). The Content-Security-Policy fits the two pages we serve: the explorer
// (scripts and styles from our own /assets; Cytoscape draws on canvas; exports are blob: and
// data: URLs) and GraphiQL, whose page yoga renders with one inline script (allowed by its
// hash, computed from the page itself) and Monaco's editor workers made from blob: URLs.
import { createHash } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';

/** The sha256 CSP sources of the inline <script> elements of a page. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    hashes.push(`'sha256-${createHash('sha256').update(match[1]!, 'utf8').digest('base64')}'`);
  }
  return hashes;
}

export function contentSecurityPolicy(scriptHashes: string[] = []): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.join(' ')}`.trim(),
    // React sets style properties (allowed); Monaco and Cytoscape also add <style> elements.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Wraps yoga's GraphiQL renderer so that the CSP can allow the page's inline script by hash:
 * the page depends on yoga's options only, so it is hashed once per distinct page.
 */
export function hashingRenderer<T>(render: (options: T) => string) {
  let hashes: string[] = [];
  let last: string | undefined;
  return {
    render(options: T): string {
      const html = render(options);
      if (html !== last) {
        last = html;
        hashes = inlineScriptHashes(html);
      }
      return html;
    },
    hashes: () => hashes,
  };
}

export function useSecurityHeaders(graphiqlScriptHashes: () => string[]): Plugin {
  const common: Record<string, string> = {
    'x-content-type-options': 'nosniff',
    // Older browsers that ignore frame-ancestors: no page of ours is ever framed (clickjacking).
    'x-frame-options': 'DENY',
    // An explorer URL holds the research question (ids, dates); the sites its evidence links
    // to need not learn it.
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
  };
  const policy = contentSecurityPolicy();
  return {
    onResponse({ request, response }) {
      for (const [name, value] of Object.entries(common)) response.headers.set(name, value);
      const graphiql =
        new URL(request.url).pathname === '/graphql' &&
        (response.headers.get('content-type') ?? '').startsWith('text/html');
      response.headers.set(
        'content-security-policy',
        graphiql ? contentSecurityPolicy(graphiqlScriptHashes()) : policy,
      );
    },
  };
}
