// The researcher's questions, answered by the API on the seed article's graph.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPHIQL_EXAMPLES } from '../../server/graphql/examples.ts';
import type { Database } from '../../db/connect.ts';
import { loadSeed } from '../../seed/load-seed.ts';
import { apiOn, graphql, type GraphQLResponse } from '../support/api.ts';
import { resetDatabase, useTestDatabase } from '../support/database.ts';

const article = fs.readFileSync(new URL('../../seed/article/article.txt', import.meta.url), 'utf8');

interface Graph {
  nodes: { id: string; kind: string; properties: Record<string, unknown> }[];
  edges: {
    id: string;
    source: string;
    target: string;
    type: string;
    weight: number;
    properties: Record<string, unknown>;
    evidence: { quote: string | null; sourceId: string }[];
  }[];
  truncated: boolean;
}

interface AgreementPage {
  agreements: {
    totalCount: number;
    edges: { node: { id: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string };
  };
}

let db: Database;
let app: ReturnType<typeof apiOn>;

beforeAll(async () => {
  db = await useTestDatabase();
  await resetDatabase(db);
  await loadSeed(db);
  app = apiOn(db);
});
afterAll(() => db.close());

describe('the API on the seed article', () => {
  it('answers every GraphiQL example, each with something to show', async () => {
    for (const example of GRAPHIQL_EXAMPLES) {
      const variables = example.variables ? (JSON.parse(example.variables) as object) : {};
      const { status, data, errors } = await graphql(app, example.query, { ...variables });
      expect({ example: example.query.split('\n')[0], status, errors }).toEqual({
        example: example.query.split('\n')[0],
        status: 200,
        errors: undefined,
      });
      expect(JSON.stringify(data).length).toBeGreaterThan(200);
    }
  });

  it('finds Hamada by name first, as a person', async () => {
    const { data } = await graphql<{ search: { id: string; kind: string }[] }>(
      app,
      '{ search(text: "Hamada") { id kind } }',
    );
    expect(data!.search[0]).toEqual({ id: 'person:yasukazu-hamada', kind: 'PERSON' });
  });

  it('finds a country by a common alias', async () => {
    const { data } = await graphql<{ search: { id: string }[] }>(
      app,
      '{ search(text: "U.S.", kinds: [COUNTRY], first: 3) { id } }',
    );
    expect(data!.search[0]!.id).toBe('country:USA');
  });

  it('answers who Japan met in 2022 with both meetings and their participants', async () => {
    const { data } = await graphql<{
      events: {
        totalCount: number;
        edges: { node: { id: string; participants: { actor: { id: string } }[] } }[];
      };
    }>(
      app,
      `
        {
          events(filter: { countries: ["JPN"], kinds: [MEETING], from: "2022", to: "2022" }) {
            totalCount
            edges {
              node {
                id
                participants {
                  actor {
                    id
                  }
                }
              }
            }
          }
        }
      `,
    );
    const ids = data!.events.edges.map((e) => e.node.id).sort();
    expect(ids).toEqual(['meeting:2022-09-08-tokyo-jpn-ind', 'meeting:2022-pentagon-usa-jpn']);
    expect(data!.events.totalCount).toBe(2);
    const tokyo = data!.events.edges.find((e) => e.node.id === 'meeting:2022-09-08-tokyo-jpn-ind')!;
    expect(tokyo.node.participants.map((p) => p.actor.id)).toEqual(
      expect.arrayContaining([
        'person:rajnath-singh',
        'person:yasukazu-hamada',
        'country:IND',
        'country:JPN',
      ]),
    );
  });

  it('keeps an event dated only by its year in a range that starts later that year', async () => {
    const { data } = await graphql<{ events: { edges: { node: { id: string; date: string } }[] } }>(
      app,
      '{ events(filter: { countries: ["JPN"], kinds: [MEETING], from: "2022-09-10", to: "2022-12" }) { edges { node { id date } } } }',
    );
    // The Pentagon meeting is dated "2022" (it may have been in September); the Tokyo talks of
    // 8 September are before the range.
    expect(data!.events.edges.map((e) => e.node)).toEqual([
      { id: 'meeting:2022-pentagon-usa-jpn', date: '2022' },
    ]);
  });

  it('connects Rajnath Singh to Lloyd Austin through the two meetings', async () => {
    const { data } = await graphql<{ shortestPath: Graph }>(
      app,
      '{ shortestPath(from: "person:rajnath-singh", to: "person:lloyd-austin") { nodes { id } edges { source target type evidence { quote sourceId } } } }',
    );
    const path = data!.shortestPath;
    // Also four hops: Singh – Tokyo talks – Japan – Austin's statement – Austin. The path
    // through Hamada is chosen because it avoids the country, which joins everything.
    expect(path.nodes.map((n) => n.id)).toEqual([
      'person:rajnath-singh',
      'meeting:2022-09-08-tokyo-jpn-ind',
      'person:yasukazu-hamada',
      'meeting:2022-pentagon-usa-jpn',
      'person:lloyd-austin',
    ]);
    expect(path.edges).toHaveLength(path.nodes.length - 1);
    for (const edge of path.edges) {
      expect(edge.evidence.length).toBeGreaterThan(0);
      for (const e of edge.evidence) if (e.quote) expect(article).toContain(e.quote);
    }
  });

  it('lists the other equally short connections, ranked, the best being shortestPath', async () => {
    const { data } = await graphql<{ shortestPaths: Graph[]; shortestPath: Graph }>(
      app,
      `
        {
          shortestPaths(from: "person:rajnath-singh", to: "person:lloyd-austin", first: 20) {
            nodes {
              id
            }
            edges {
              source
              target
              evidence {
                quote
              }
            }
          }
          shortestPath(from: "person:rajnath-singh", to: "person:lloyd-austin") {
            nodes {
              id
            }
          }
        }
      `,
    );
    const paths = data!.shortestPaths.map((path) => path.nodes.map((n) => n.id));
    expect(paths[0]).toEqual(data!.shortestPath.nodes.map((n) => n.id));
    // Singh – Tokyo talks – Japan – Austin's statement – Austin, among others of four hops.
    expect(paths).toContainEqual([
      'person:rajnath-singh',
      'meeting:2022-09-08-tokyo-jpn-ind',
      'country:JPN',
      'statement:austin-extended-deterrence',
      'person:lloyd-austin',
    ]);
    expect(new Set(paths.map((p) => p.join(' '))).size).toBe(paths.length);
    for (const [i, path] of data!.shortestPaths.entries()) {
      expect(path.nodes).toHaveLength(5);
      expect(path.edges).toHaveLength(4);
      expect(paths[i]![0]).toBe('person:rajnath-singh');
      expect(paths[i]!.at(-1)).toBe('person:lloyd-austin');
      for (const edge of path.edges) expect(edge.evidence.length).toBeGreaterThan(0);
    }
  });

  it('reports no path when none is allowed by the filter', async () => {
    const { data } = await graphql<{ shortestPath: Graph }>(
      app,
      '{ shortestPath(from: "person:rajnath-singh", to: "person:lloyd-austin", filter: { relationshipTypes: [STATED] }) { nodes { id } } }',
    );
    expect(data!.shortestPath.nodes).toEqual([]);
  });

  it('shows everything between the US and Japan in the dyad', async () => {
    const { data } = await graphql<{
      dyad: {
        eventCount: number;
        years: { year: number; meetings: number }[];
        agreements: { id: string }[];
        events: { id: string }[];
      };
    }>(
      app,
      '{ dyad(a: "USA", b: "JPN") { eventCount years { year meetings } agreements { id } events { id } } }',
    );
    const dyad = data!.dyad;
    expect(dyad.agreements.map((a) => a.id)).toContain('agreement:us-japan-alliance');
    expect(dyad.events.map((e) => e.id)).toContain('meeting:2022-pentagon-usa-jpn');
    expect(dyad.eventCount).toBe(dyad.events.length);
    expect(dyad.years.find((y) => y.year === 2022)?.meetings).toBe(1);
  });

  it('says which country code a dyad does not know', async () => {
    const { errors } = await graphql(app, '{ dyad(a: "USA", b: "XXX") { eventCount } }');
    expect(errors![0]).toMatchObject({
      message: 'b: no country with ISO3 code XXX',
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('draws the country network with USA–JPN and JPN–IND edges that carry their evidence', async () => {
    const { data } = await graphql<{ countryNetwork: Graph }>(
      app,
      '{ countryNetwork { truncated nodes { id kind properties } edges { id source target type weight evidence { quote sourceId } } } }',
    );
    const network = data!.countryNetwork;
    const pairs = network.edges.map((e) => [e.source, e.target].sort().join(' '));
    expect(pairs).toEqual(
      expect.arrayContaining(['country:JPN country:USA', 'country:IND country:JPN']),
    );
    expect(network.nodes.every((n) => n.kind === 'COUNTRY')).toBe(true);
    for (const edge of network.edges) {
      expect(edge.type).toBe('DYAD');
      expect(edge.weight).toBeGreaterThan(0);
      expect(edge.evidence.length).toBeGreaterThan(0);
    }
  });

  it('narrows the country network to a date range, keeping what is dated only by its year', async () => {
    const network = async (month: string) => {
      const { data } = await graphql<{ countryNetwork: Graph }>(
        app,
        `{ countryNetwork(filter: { from: "${month}", to: "${month}", kinds: [EVENT] }) { edges { source target properties } } }`,
      );
      return new Map(
        data!.countryNetwork.edges.map((e) => [
          [e.source, e.target].sort().join(' '),
          e.properties,
        ]),
      );
    };
    const september = await network('2022-09');
    const march = await network('2022-03');
    // The Tokyo talks were on 8 September.
    expect(september.has('country:IND country:JPN')).toBe(true);
    expect(march.has('country:IND country:JPN')).toBe(false);
    // The Pentagon meeting and Austin's statements are dated "2022": they may have been in
    // either month, as events() says, so the US–Japan edge is in both; the torpedo exercise of
    // 10 March only in March.
    expect(september.get('country:JPN country:USA')).toMatchObject({ meetings: 1, exercises: 0 });
    expect(march.get('country:JPN country:USA')).toMatchObject({ meetings: 1, exercises: 1 });
    expect(march.get('country:JPN country:USA')!.lastMonth).toBe('2022-12');
  });

  it('opens an entity with its evidence quoted from the article', async () => {
    const { data } = await graphql<{
      entity: {
        name: string;
        evidence: { quote: string; sourceTitle: string }[];
        relations: { type: string; other: { id: string } }[];
      };
    }>(
      app,
      '{ entity(id: "person:yasukazu-hamada") { name evidence { quote sourceTitle } relations(first: 50) { type other { id } } } }',
    );
    const hamada = data!.entity;
    expect(hamada.name).toBe('Yasukazu Hamada');
    expect(hamada.evidence[0]!.sourceTitle).toMatch(/US, Japan defense leaders/);
    for (const e of hamada.evidence) expect(article).toContain(e.quote);
    expect(hamada.relations.map((r) => r.other.id)).toContain('meeting:2022-09-08-tokyo-jpn-ind');
  });

  it('returns null for an unknown entity', async () => {
    const { data, errors } = await graphql(app, '{ entity(id: "person:nobody") { id } }');
    expect(errors).toBeUndefined();
    expect(data).toEqual({ entity: null });
  });

  it('expands a neighbourhood, filtered by kind, and says when a limit cut it', async () => {
    const query = `query ($filter: GraphFilter, $limit: Int) {
      neighborhood(ids: ["person:yasukazu-hamada"], depth: 2, filter: $filter, limit: $limit) { truncated nodes { id kind } edges { source target } } }`;
    const all = (await graphql<{ neighborhood: Graph }>(app, query)).data!.neighborhood;
    expect(all.nodes.map((n) => n.id)).toEqual(
      expect.arrayContaining(['meeting:2022-pentagon-usa-jpn', 'person:lloyd-austin']),
    );
    const ids = new Set(all.nodes.map((n) => n.id));
    for (const edge of all.edges) expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);

    const events = (
      await graphql<{ neighborhood: Graph }>(app, query, { filter: { kinds: ['EVENT'] } })
    ).data!.neighborhood;
    expect(
      events.nodes
        .filter((n) => n.id !== 'person:yasukazu-hamada')
        .every((n) => n.kind === 'EVENT'),
    ).toBe(true);

    const cut = (await graphql<{ neighborhood: Graph }>(app, query, { limit: 3 })).data!
      .neighborhood;
    expect(cut.nodes).toHaveLength(3);
    expect(cut.truncated).toBe(true);
    expect(all.truncated).toBe(false);
  });

  it('pages through agreements with cursors, each once', async () => {
    const query = `query ($after: String) { agreements(first: 3, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 10; page++) {
      const response: GraphQLResponse<AgreementPage> = await graphql<AgreementPage>(app, query, {
        after,
      });
      const data = response.data;
      total = data!.agreements.totalCount;
      seen.push(...data!.agreements.edges.map((e) => e.node.id));
      if (!data!.agreements.pageInfo.hasNextPage) break;
      after = data!.agreements.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThan(3);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });
});
