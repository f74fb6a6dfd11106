// Hardened HTTP: the security headers on every response, whichever route made it, and the
// Host allowlist of a server bound to loopback (a DNS-rebinding page's requests are refused).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connect.ts';
import { createApp } from '../../server/app.ts';
import { allowedHosts, hostName } from '../../server/http/host-check.ts';
import { requestListener } from '../../server/http/node-listener.ts';
import { resetDatabase, useTestDatabase } from '../support/database.ts';

let db: Database;
let server: http.Server;
let port: number;

beforeAll(async () => {
  db = await useTestDatabase();
  await resetDatabase(db);
  const app = createApp({ db, allowedHosts: allowedHosts('127.0.0.1', ['entente.lab.example']) });
  server = http.createServer(requestListener(app));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await db.close();
});

/** A request with the Host header we choose (fetch would not let us set it). */
function request(
  path: string,
  options: { host?: string; method?: string; body?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        headers: { host: options.host ?? `127.0.0.1:${port}`, ...options.headers },
      },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const graphqlPost = {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: '{ health { ok } }' }),
};

describe('security headers', () => {
  it.each([
    ['the explorer', '/', {}],
    ['a missing asset', '/assets/nothing.js', {}],
    ['GraphiQL', '/graphql', { headers: { accept: 'text/html' } }],
    ['a GraphQL answer', '/graphql', graphqlPost],
    ['a GraphQL refusal', '/graphql', { ...graphqlPost, body: '{' }],
    ['/health', '/health', {}],
    ['an export', '/export/json?view=countryNetwork', {}],
    ['a bad export', '/export/json?view=__proto__', {}],
    ['a refused method', '/health', { method: 'DELETE' }],
  ])('are on %s', async (_, path, options) => {
    const { headers } = await request(path, options);
    expect(headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
    });
    const csp = String(headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-eval');
  });

  it('allows GraphiQL its inline script by hash, and no other page any inline script', async () => {
    const graphiql = await request('/graphql', { headers: { accept: 'text/html' } });
    expect(graphiql.headers['content-type']).toMatch(/text\/html/);
    expect(graphiql.headers['content-security-policy']).toMatch(/script-src 'self' 'sha256-/);
    const explorer = await request('/');
    expect(explorer.headers['content-security-policy']).toMatch(/script-src 'self';/);
  });
});

describe('the Host allowlist of a server bound to loopback', () => {
  it.each([
    'evil.example',
    'evil.example:4000',
    'attacker.127.0.0.1.nip.io',
    '127.0.0.1.evil.example',
  ])('refuses Host %j with 421 naming ENTENTE_ALLOWED_HOSTS', async (host) => {
    const { status, body, headers } = await request('/graphql', { ...graphqlPost, host });
    expect(status).toBe(421);
    expect(body).toContain('ENTENTE_ALLOWED_HOSTS');
    expect(headers['x-content-type-options']).toBe('nosniff');
  });

  it.each(['a:b', 'evil:undefined', '[::1'])(
    'answers a Host %j that makes no URL with 400 and no stack',
    async (host) => {
      const { status, body } = await request('/health', { host });
      expect(status).toBe(400);
      expect(body).not.toMatch(/\bat |node_modules|\/work\//);
    },
  );

  it('answers loopback names and the configured ones', async () => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, 'LOCALHOST', '[::1]:4000']) {
      expect((await request('/health', { host })).status, host).toBe(200);
    }
    expect((await request('/health', { host: 'entente.lab.example' })).status).toBe(200);
  });

  it('checks nothing when bound to another interface unless names are configured', () => {
    expect(allowedHosts('0.0.0.0', [])).toBeUndefined();
    expect(allowedHosts('0.0.0.0', ['entente.lab.example'])).toEqual(['entente.lab.example']);
    expect(allowedHosts('::1', [])).toContain('[::1]');
    expect(hostName('[::1]:4000')).toBe('[::1]');
    expect(hostName('Example.ORG:80')).toBe('example.org');
  });
});
