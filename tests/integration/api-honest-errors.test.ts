// Each failure a caller can cause gets its own code and a status that says whose it is: a
// timeout is QUERY_TIMEOUT, an operation type the API does not have is a 400, a view name that
// happens to be an Object property is a 400, the year 0000 is not a date, and a wrong Neo4j
// password is reported as refused credentials. No response carries a stack or a path.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLError } from 'graphql';
import type { Database } from '../../db/connect.ts';
import { createReader } from '../../server/queries/reader.ts';
import { apiOn, graphql } from '../support/api.ts';
import { resetDatabase, testConnection, useTestDatabase } from '../support/database.ts';

const root = path.resolve(import.meta.dirname, '../..');
/** What a stack trace or an install path looks like in a body. */
const LEAK = /\bat .*:\d+:\d+|node_modules|\/work\/|\/home\/|\/tmp\/|\.ts\b|\.js\b/;

let db: Database;
let app: ReturnType<typeof apiOn>;

beforeAll(async () => {
  db = await useTestDatabase();
  await resetDatabase(db);
  app = apiOn(db);
});
afterAll(() => db.close());

describe('honest error codes', () => {
  it('reports a read that Neo4j ends for its time limit as QUERY_TIMEOUT', async () => {
    const reader = createReader(db, { timeoutMs: 100 });
    const slow = 'UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7919 = 1 RETURN count(x)';
    const error = (await reader.read(slow).catch((e: unknown) => e)) as GraphQLError;
    expect(error.extensions?.code).toBe('QUERY_TIMEOUT');
    expect(error.message).toMatch(/took too long/);
  });

  it.each(['subscription { x }', 'subscription S { health { ok } }'])(
    'answers %s with 400 and says which operations the API has',
    async (query) => {
      const { status, errors } = await graphql(app, query);
      expect(status).toBe(400);
      expect(errors![0]!.message).toMatch(
        /^This API has no subscription operations; it answers query and mutation operations only/,
      );
      expect(errors![0]!.extensions?.code).toBe('BAD_INPUT');
    },
  );

  // Since curation (issue 15) the schema has a Mutation type: an unknown mutation field is an
  // ordinary validation error (yoga's status for those), never graphql-jit's 500.
  it.each(['mutation { x }', 'mutation M { health { ok } }'])(
    'answers %s with a validation error naming the field',
    async (query) => {
      const { status, errors } = await graphql(app, query);
      expect(status).toBeLessThan(500);
      expect(errors![0]!.message).toMatch(/^Cannot query field "(x|health)" on type "Mutation"/);
    },
  );

  it('still answers a query beside the refusal rule', async () => {
    const { status, data } = await graphql(app, '{ health { ok } }');
    expect(status).toBe(200);
    expect(data).toEqual({ health: { ok: true } });
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'])(
    'refuses /export/json?view=%s with a 400 naming the views, no stack',
    async (view) => {
      const response = await app.fetch(`http://entente.test/export/json?view=${view}`);
      const text = await response.text();
      expect(response.status).toBe(400);
      expect(JSON.parse(text).error).toMatch(/^view: must be one of neighborhood, shortestPath/);
      expect(text).not.toMatch(LEAK);
    },
  );

  it('never sends a stack or an install path, whatever the request', async () => {
    const requests: [string, RequestInit?][] = [
      ['/export/json?view=neighborhood&ids=__proto__&depth=constructor'],
      ['/export/json?view=neighborhood&__proto__=1'],
      ['/export/__proto__?view=neighborhood'],
      ['/export/json?view=neighborhood&ids=a&depth=99'],
      ['/export/graphml?view=shortestPath&from=a'],
      ['/%E0%A4%A'],
      ['/assets/..%2f..%2fpackage.json'],
      ['/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' }],
      [
        '/graphql',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ entity(id: 1) { __proto__ } }' }),
        },
      ],
      [
        '/graphql',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ health { ok } }', variables: '__proto__' }),
        },
      ],
      [
        '/graphql?query=%7Bhealth%7Bok%7D%7D&extensions=%7B',
        { headers: { 'x-graphql-yoga-csrf': '1' } },
      ],
    ];
    for (const [url, init] of requests) {
      const response = await app.fetch(`http://entente.test${url}`, init ?? {});
      const text = await response.text();
      expect(response.status, url).toBeLessThan(500);
      expect(text, url).not.toMatch(LEAK);
    }
  });

  it('refuses the year 0000 as a date argument', async () => {
    const { errors } = await graphql(
      app,
      '{ dyad(a: "USA", b: "JPN", from: "0000") { eventCount } }',
    );
    expect(errors![0]).toMatchObject({
      message: 'from: must be a date as YYYY, YYYY-MM or YYYY-MM-DD (got "0000")',
      extensions: { code: 'BAD_INPUT' },
    });
  });

  it('says that Neo4j refused the credentials when the password is wrong', async () => {
    const { uri, username } = testConnection();
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '/tmp',
        NEO4J_URI: uri,
        NEO4J_USERNAME: username,
        NEO4J_PASSWORD: 'not-the-password',
        PORT: '1', // never reached: the credentials fail first
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const status = await new Promise((resolve) => child.on('exit', resolve));
    expect(status).toBe(1);
    expect(stderr.trim()).toBe(
      `Neo4j at ${uri} refused the credentials of user ${username}: check NEO4J_USERNAME and NEO4J_PASSWORD (Neo.ClientError.Security.Unauthorized).`,
    );
  }, 120_000);
});
