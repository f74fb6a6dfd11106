// Serves the built explorer (dist/client). Paths are resolved inside that folder only; any
// path without a file extension is a view of the single-page app and gets index.html.
import fs from 'node:fs/promises';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

export async function staticResponse(
  url: URL,
  clientDir: string,
  Response: typeof globalThis.Response,
): Promise<Response> {
  const root = path.resolve(clientDir);
  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname);
  } catch {
    return new Response('Bad path', { status: 400 });
  }
  const wanted = path.resolve(root, `.${relative}`);
  if (wanted !== root && !wanted.startsWith(root + path.sep))
    return new Response('Not found', { status: 404 });
  const isAsset = path.extname(wanted) !== '';
  const file = isAsset ? wanted : path.join(root, 'index.html');
  try {
    const body = await fs.readFile(file);
    const immutable = relative.startsWith('/assets/');
    return new Response(body, {
      headers: {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      },
    });
  } catch {
    if (isAsset) return new Response('Not found', { status: 404 });
    return new Response(
      '<!doctype html><title>Entente</title><p>The explorer has not been built. Run <code>npm run build</code> (npm start does this for you). The API is at <a href="/graphql">/graphql</a>.</p>',
      { status: 503, headers: { 'content-type': 'text/html; charset=utf-8' } },
    );
  }
}
