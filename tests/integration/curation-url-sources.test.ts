// Sources the server fetches by URL: addresses a request must not reach (loopback, private,
// link-local, by name or by redirect) refused with the argument named and nothing written;
// oversized and binary bodies refused; an allowed page read as its article text.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connect.ts';
import { createApp } from '../../server/app.ts';
import { loadSeed } from '../../seed/load-seed.ts';
import { codeOf, graphqlAs, makeToken } from '../support/auth.ts';
import { graphCounts, resetDatabase, useTestDatabase } from '../support/database.ts';

const ADD = `mutation ($input: AddSourceInput!) { addSource(input: $input) {
  source { title text } candidates { kind } } }`;

let db: Database;
let app: ReturnType<typeof createApp>;
let curate: string;

beforeAll(async () => {
  db = await useTestDatabase();
  await resetDatabase(db);
  await loadSeed(db);
  // 127.0.0.2 stands for a public server: the test's own page is served there.
  app = createApp({ db, fetchOptions: { allowAddresses: ['127.0.0.2'] } });
  curate = await makeToken(db, 'curate', 'Ana Reviewer');
});
afterAll(() => db.close());

describe('URL sources', () => {
  let local: http.Server;
  let port: number;
  const PAGE = `<html><head><title>Readout</title></head><body><nav>Home | News</nav><article><h1>Readout</h1>
    <p>Secretary of Defense Lloyd J. Austin III met with Polish Minister of National Defense Mariusz Blaszczak at the Pentagon today.</p>
    <p>The two leaders discussed the war in Ukraine and reaffirmed their commitment to the alliance and to each other.</p></article></body></html>`;

  beforeAll(async () => {
    local = http.createServer((req, res) => {
      if (req.url === '/redirect')
        return res.writeHead(302, { location: `http://127.0.0.1:${port}/page` }).end();
      if (req.url === '/page')
        return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
      if (req.url === '/huge') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        const chunk = 'a'.repeat(1024 * 1024);
        for (let i = 0; i < 20; i += 1) res.write(chunk);
        return res.end();
      }
      if (req.url === '/binary')
        return res
          .writeHead(200, { 'content-type': 'application/octet-stream' })
          .end(Buffer.from([0, 1, 2, 255]));
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => local.listen(0, '0.0.0.0', resolve));
    port = (local.address() as AddressInfo).port;
  });
  afterAll(() => new Promise((resolve) => local.close(resolve)));

  const fetchSource = (url: string) =>
    graphqlAs(app, { token: curate }, ADD, { input: { fetchUrl: url } });

  it.each([
    ['loopback', () => `http://127.0.0.1:${port}/page`],
    ['private', () => 'http://10.0.0.1/'],
    ['IPv6 loopback', () => `http://[::1]:${port}/page`],
    ['IPv4-mapped IPv6', () => `http://[::ffff:127.0.0.1]:${port}/page`],
    ['link-local', () => 'http://169.254.169.254/latest/meta-data/'],
    ['a name resolving to loopback', () => `http://localhost:${port}/page`],
    ['a redirect to loopback', () => `http://127.0.0.2:${port}/redirect`],
  ])('refuses %s with a clear error', async (_, url) => {
    const before = await graphCounts(db);
    const response = await fetchSource(url());
    expect(codeOf(response)).toEqual(['BAD_INPUT']);
    expect(response.errors![0]!.message).toMatch(
      /^input\.fetchUrl: .*(loopback, private or link-local)/,
    );
    expect(await graphCounts(db)).toEqual(before);
  });

  it('refuses a 20 MB body and a binary file', async () => {
    const huge = await fetchSource(`http://127.0.0.2:${port}/huge`);
    expect(huge.errors![0]!.message).toMatch(
      /^input\.fetchUrl: the page is larger than 5242880 bytes/,
    );
    const binary = await fetchSource(`http://127.0.0.2:${port}/binary`);
    expect(binary.errors![0]!.message).toMatch(
      /^input\.fetchUrl: the page is application\/octet-stream/,
    );
    const pasted = await graphqlAs(app, { token: curate }, ADD, {
      input: { text: 'a'.repeat(20 * 1024 * 1024) },
    });
    expect(pasted.errors![0]!.message).toMatch(/^input\.text: at most 300000 characters/);
    const nul = await graphqlAs(app, { token: curate }, ADD, {
      input: { text: 'PK\u0003\u0004\u0000\u0000binary' },
    });
    expect(nul.errors![0]!.message).toMatch(/^input\.text: is not readable text/);
  });

  it('reads an allowed page as its article text (readability), without the navigation', async () => {
    const response = await graphqlAs<{
      addSource: { source: { title: string; text: string }; candidates: { kind: string }[] };
    }>(app, { token: curate }, ADD, {
      input: { fetchUrl: `http://127.0.0.2:${port}/page`, publishedAt: '2023-05-05' },
    });
    expect(response.errors).toBeUndefined();
    const { source, candidates: found } = response.data!.addSource;
    expect(source.title).toBe('Readout');
    expect(source.text).toContain('met with Polish Minister of National Defense Mariusz Blaszczak');
    expect(source.text).not.toContain('Home | News');
    expect(found.some((c) => c.kind === 'event')).toBe(true);
  });
});
