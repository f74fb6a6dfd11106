// Limits and failures by design: depth, aliases, tokens, cost and list caps are refused with a
// clear error; unexpected errors are masked; suggestions are hidden; CSRF needs a header.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { createApp } from '../../server/app.ts';
import type { Database } from '../../db/connect.ts';
import { apiOn, graphql } from '../support/api.ts';
import { resetDatabase, useTestDatabase } from '../support/database.ts';

let db: Database;
let app: ReturnType<typeof apiOn>;

beforeAll(async () => {
  db = await useTestDatabase();
  await resetDatabase(db);
  app = apiOn(db);
});
afterAll(() => db.close());

const firstError = async (query: string, variables = {}) =>
  (await graphql(app, query, variables)).errors?.[0];

describe('query limits', () => {
  it('refuses a query nested deeper than 8 levels', async () => {
    const deepest = '{ events { edges { node { relations { other { id } } } } } }';
    expect(await firstError(deepest)).toBeUndefined();
    let nested = 'id';
    for (let i = 0; i < 9; i++) nested = `relations { ${nested} }`;
    const { errors } = await graphql(app, `{ entity(id: "x") { ${nested} } }`);
    expect(errors!.map((e) => e.message).join('\n')).toMatch(/depth/i);
  });

  it('refuses more than 10 aliases', async () => {
    const aliases = Array.from({ length: 11 }, (_, i) => `h${i}: health { ok }`).join(' ');
    const error = await firstError(`{ ${aliases} }`);
    expect(error?.message).toMatch(/aliases/i);
  });

  it('refuses a query of more than 2000 tokens', async () => {
    const fields = Array.from({ length: 2100 }, () => 'ok').join(' ');
    const error = await firstError(`{ health { ${fields} } }`);
    expect(error?.message).toMatch(/token/i);
  });

  it('refuses a query whose cost is above the limit', async () => {
    const heavy = Array.from(
      { length: 3 },
      (_, i) =>
        `q${i}: events(first: 100) { edges { node { id relations(first: 500) { type other { id name kind } evidence { sourceId quote } } } } }`,
    ).join(' ');
    const error = await firstError(`{ ${heavy} }`);
    expect(error?.message).toMatch(/cost/i);
  });

  it.each([
    [
      'search first',
      '{ search(text: "x", first: 51) { id } }',
      'first: must be an integer from 1 to 50 (got 51)',
    ],
    [
      'events first',
      '{ events(first: 101) { totalCount } }',
      'first: must be an integer from 1 to 100 (got 101)',
    ],
    [
      'agreements first',
      '{ agreements(first: 0) { totalCount } }',
      'first: must be an integer from 1 to 100 (got 0)',
    ],
    [
      'neighborhood depth',
      '{ neighborhood(ids: ["x"], depth: 4) { truncated } }',
      'depth: must be an integer from 1 to 3 (got 4)',
    ],
    [
      'neighborhood limit',
      '{ neighborhood(ids: ["x"], limit: 2001) { truncated } }',
      'limit: must be an integer from 1 to 2000 (got 2001)',
    ],
    [
      'shortestPath maxHops',
      '{ shortestPath(from: "a", to: "b", maxHops: 11) { truncated } }',
      'maxHops: must be an integer from 1 to 10 (got 11)',
    ],
    [
      'shortestPaths first',
      '{ shortestPaths(from: "a", to: "b", first: 21) { truncated } }',
      'first: must be an integer from 1 to 20 (got 21)',
    ],
    [
      'relations first',
      '{ entity(id: "x") { relations(first: 501) { type } } }',
      'relations.first: must be an integer from 1 to 500 (got 501)',
    ],
    [
      'date',
      '{ dyad(a: "USA", b: "JPN", from: "2022-13") { eventCount } }',
      'from: must be a date as YYYY, YYYY-MM or YYYY-MM-DD (got "2022-13")',
    ],
    [
      'country code',
      '{ dyad(a: "U.S.", b: "JPN") { eventCount } }',
      'a: must be an ISO 3166 alpha-3 country code such as JPN (got "U.S.")',
    ],
    [
      'cursor',
      '{ events(after: "nonsense") { totalCount } }',
      'after: is not a cursor returned by this API',
    ],
    [
      'range',
      '{ countryNetwork(filter: { from: "2023", to: "2022" }) { truncated } }',
      'filter.from: is after filter.to',
    ],
  ])(
    'refuses an out-of-bounds %s with BAD_INPUT naming the argument',
    async (_, query, message) => {
      const error = await firstError(query);
      expect(error).toMatchObject({ message, extensions: { code: 'BAD_INPUT' } });
    },
  );
});

describe('errors', () => {
  it('masks unexpected errors: no stack, Cypher or host in the response', async () => {
    const failing = new Proxy(db.driver, {
      get(target, property) {
        if (property === 'executeQuery') {
          return async () => {
            throw new Error('boom: MATCH (n) at bolt://secret-host:7687');
          };
        }
        return Reflect.get(target, property);
      },
    }) as Driver;
    const broken = createApp({ db: { driver: failing, database: undefined } });
    const { errors } = await graphql(broken, '{ search(text: "x") { id } }');
    expect(errors![0]!.message).toBe('Unexpected error.');
    expect(JSON.stringify(errors)).not.toMatch(/boom|MATCH|secret-host|stack|\.ts:/);
  });

  it('hides field suggestions outside development', async () => {
    const error = await firstError('{ serch(text: "x") { id } }');
    expect(error?.message).toBeDefined();
    expect(error!.message).not.toMatch(/Did you mean/);
  });

  it('refuses a GET without the CSRF header and allows it with one', async () => {
    const url = `http://entente.test/graphql?query=${encodeURIComponent('{ health { ok } }')}`;
    expect((await app.fetch(url, { headers: { accept: 'application/json' } })).status).toBe(403);
    const allowed = await app.fetch(url, {
      headers: { accept: 'application/json', 'x-graphql-yoga-csrf': '1' },
    });
    expect(allowed.status).toBe(200);
  });

  it('serves GraphiQL from the package itself, with the example operations, no CDN', async () => {
    const page = await (
      await app.fetch('http://entente.test/graphql', { headers: { accept: 'text/html' } })
    ).text();
    expect(page).toContain('WhoJapanMetIn2022');
    expect(page).toContain('SinghToAustin');
    expect(page).not.toMatch(/unpkg\.com|jsdelivr|cdn\./);
  });
});
