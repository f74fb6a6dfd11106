// Answers cost what they ask for (issue 13): a root field's one statement projects only what the
// operation selects, so an entity's name reads none of its relationships, and however deep a
// nested selection reaches (participants' actors with their agreements, places, parties), it
// is still one statement.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connect.ts';
import { apiOn, graphql, type Recorded } from '../support/api.ts';
import { resetDatabase, useTestDatabase } from '../support/database.ts';

let db: Database;
const recorded: Recorded = { statements: [], params: [] };
let app: ReturnType<typeof apiOn>;

beforeAll(async () => {
  db = await useTestDatabase();
  await resetDatabase(db);
  // A hub with 5,000 relationships, and 60 meetings between two countries that are party to
  // agreements, each meeting with an envoy and a place.
  await db.driver.executeQuery(
    `MERGE (s:Source {id: 'source:test'}) SET s.name = 'Test source', s.title = 'Test source'
     MERGE (hub:Country {id: 'country:HUB'}) SET hub.iso3 = 'HUB', hub.name = 'Hubland', hub.aliases = []
     WITH hub UNWIND range(1, 5000) AS i
     CREATE (hub)-[:PARTICIPATED_IN {role: 'HOST'}]->(:Event:Meeting {id: 'hub-meeting:' + i, name: 'Hub meeting ' + i})`,
  );
  await db.driver.executeQuery(
    `MERGE (a:Country {id: 'country:AAA'}) SET a.iso3 = 'AAA', a.name = 'Aland', a.evidenceSources = ['source:test'], a.evidenceQuotes = ['']
     MERGE (b:Country {id: 'country:BBB'}) SET b.iso3 = 'BBB', b.name = 'Borduria'
     WITH a, b
     UNWIND range(1, 8) AS k
     MERGE (g:Agreement {id: 'agreement:' + k}) SET g.name = 'Pact ' + k, g.agreementType = 'OTHER', g.date = date('2000-01-01') + duration({years: k})
     MERGE (a)-[:PARTY_TO]->(g) MERGE (b)-[:PARTY_TO]->(g)
     WITH DISTINCT a, b
     UNWIND range(1, 60) AS i
     MERGE (e:Event:Meeting {id: 'meeting:' + i}) SET e.name = 'Meeting ' + i, e.date = date('2020-01-01') + duration({days: i}),
           e.datePrecision = 'DAY', e.evidenceSources = ['source:test'], e.evidenceQuotes = ['they met']
     MERGE (p:Person {id: 'person:' + i}) SET p.name = 'Envoy ' + i
     MERGE (pl:Place {id: 'place:' + i}) SET pl.name = 'Town ' + i, pl.lat = 1.5, pl.lon = 2.5
     MERGE (a)-[:PARTICIPATED_IN {role: 'HOST'}]->(e)
     MERGE (b)-[:PARTICIPATED_IN {role: 'VISITOR'}]->(e)
     MERGE (p)-[:PARTICIPATED_IN {role: 'VISITOR'}]->(e)
     MERGE (e)-[:HELD_AT]->(pl)
     MERGE (pl)-[:LOCATED_IN]->(a)`,
  );
  app = apiOn(db, recorded);
});
afterAll(() => db.close());

function clear() {
  recorded.statements.length = 0;
  recorded.params!.length = 0;
}

/** Total db hits of a recorded statement, profiled with its own parameters. */
async function dbHits(i: number): Promise<number> {
  const { summary } = await db.driver.executeQuery(
    `PROFILE ${recorded.statements[i]}`,
    recorded.params![i],
    { database: db.database },
  );
  const total = (plan: { dbHits: number; children: unknown[] }): number =>
    plan.dbHits + plan.children.reduce<number>((n, c) => n + total(c as typeof plan), 0);
  return total(summary.profile as never);
}

describe('a statement reads what the operation selects', () => {
  it('reads none of the 5,000 relationships of a node whose name alone is asked', async () => {
    clear();
    const { data } = await graphql<{ entity: { name: string } }>(
      app,
      '{ entity(id: "country:HUB") { name } }',
    );
    expect(data!.entity.name).toBe('Hubland');
    expect(recorded.statements).toHaveLength(1);
    expect(recorded.statements[0]).not.toMatch(/-\[|\]-/);
    expect(await dbHits(0)).toBeLessThan(20);

    clear();
    const withRelations = await graphql<{ entity: { relations: unknown[] } }>(
      app,
      '{ entity(id: "country:HUB") { name relations(first: 3) { type } } }',
    );
    expect(withRelations.data!.entity.relations).toHaveLength(3);
    // Three relationships read, not 5,000 (nor the hundred the old statement always read).
    expect(await dbHits(0)).toBeLessThan(60);
  });

  it('reads no evidence, participants or place of events that ask for none', async () => {
    clear();
    await graphql(app, '{ events(first: 50) { edges { node { id name date } } } }');
    expect(recorded.statements).toHaveLength(1);
    expect(recorded.statements[0]).not.toMatch(/participants|HELD_AT|:Source|evidence/);
  });
});

const NESTED = `{
  events(first: 50, filter: { countries: ["AAA", "BBB"] }) {
    edges { node {
      id name evidence { sourceTitle quote }
      participants { role actor {
        id kind name
        ... on Country { iso3 evidence { sourceTitle } agreements(first: 5) { name date } }
        ... on Person { relations(first: 2) { type } }
      } }
      place { id name lat lon relations(first: 5) { type direction } }
    } }
  }
}`;

describe('a nested operation over 50 parents', () => {
  it('is one statement whatever it reaches: actors as entities with their agreements, places with theirs', async () => {
    clear();
    const { data, errors } = await graphql<{
      events: {
        edges: {
          node: {
            participants: {
              actor: {
                kind: string;
                iso3?: string;
                agreements?: { name: string; parties: unknown[] }[];
              };
            }[];
            place: { lat: number; relations: unknown[] };
          };
        }[];
      };
    }>(app, NESTED);
    expect(errors).toBeUndefined();
    expect(recorded.statements).toHaveLength(1);
    expect(data!.events.edges).toHaveLength(50);
    for (const { node } of data!.events.edges) {
      const countries = node.participants.filter((p) => p.actor.kind === 'COUNTRY');
      expect(countries.map((c) => c.actor.iso3).sort()).toEqual(['AAA', 'BBB']);
      for (const c of countries) {
        expect(c.actor.agreements).toHaveLength(5);
        expect(c.actor.agreements!.map((g) => g.name)).toEqual([
          'Pact 8',
          'Pact 7',
          'Pact 6',
          'Pact 5',
          'Pact 4',
        ]);
      }
      expect(node.place.lat).toBe(1.5);
      expect(node.place.relations).toHaveLength(2); // LOCATED_IN and the event's HELD_AT
    }
  });

  it('keeps saved queries that select a participant as a reference working unchanged', async () => {
    clear();
    const { data } = await graphql<{
      events: {
        edges: {
          node: { participants: { actor: { id: string; kind: string; name: string } }[] };
        }[];
      };
    }>(
      app,
      '{ events(first: 2) { edges { node { participants { actor { id kind name } } place { id name } } } } }',
    );
    expect(data!.events.edges[0]!.node.participants[0]!.actor).toEqual({
      id: expect.any(String),
      kind: expect.any(String),
      name: expect.any(String),
    });
    expect(recorded.statements).toHaveLength(1);
  });

  it('is one statement in a dyad and in search too', async () => {
    clear();
    await graphql(
      app,
      '{ dyad(a: "AAA", b: "BBB") { a { agreements(first: 2) { name } } events { participants { actor { ... on Country { agreements(first: 1) { id } } } } } agreements { parties { actor { name } } } } }',
    );
    expect(recorded.statements).toHaveLength(1);
    clear();
    await graphql(
      app,
      '{ search(text: "Aland", first: 50) { id ... on Country { agreements(first: 3) { parties { actor { id } } } } } }',
    );
    expect(recorded.statements).toHaveLength(1);
  });

  it('reads a dyad’s events only when they are asked for', async () => {
    clear();
    const counts = await graphql<{ dyad: { eventCount: number } }>(
      app,
      '{ dyad(a: "AAA", b: "BBB") { eventCount years { year events } } }',
    );
    // The fixture writes no dyad aggregates, so the counts are zero; what matters is what is read.
    expect(counts.data!.dyad.eventCount).toBe(0);
    expect(recorded.statements[0]).not.toMatch(/PARTICIPATED_IN|ArmsTransfer/);
    const countsOnly = await dbHits(0);
    clear();
    const listed = await graphql<{ dyad: { eventCount: number; events: unknown[] } }>(
      app,
      '{ dyad(a: "AAA", b: "BBB") { eventCount events { id } } }',
    );
    expect(listed.data!.dyad.events).toHaveLength(60);
    expect(recorded.statements[0]).toMatch(/PARTICIPATED_IN/);
    expect(await dbHits(0)).toBeGreaterThan(countsOnly + 60);
  });

  it('reuses one statement text for one selection shape, whatever the values', async () => {
    clear();
    const query = 'query ($n: Int) { entity(id: "country:AAA") { relations(first: $n) { type } } }';
    await graphql(app, query, { n: 2 });
    await graphql(app, query, { n: 7 });
    expect(recorded.statements[0]).toBe(recorded.statements[1]);
    expect(recorded.params!.map((p) => Object.values(p).map(String))).not.toEqual([]);
  });
});

interface GraphAnswer {
  nodes: { id: string; kind: string; label: string; properties?: unknown; evidence?: unknown }[];
  edges: { id: string; source: string; target: string; type: string; weight: number }[];
}

const FULL_GRAPH = `{ nodes { id kind label properties evidence { sourceId sourceTitle quote } }
  edges { id source target type weight properties evidence { sourceId sourceTitle quote } } }`;
const OUTLINE = '{ nodes { id kind label } edges { id source target type weight } }';

/** The outline's fields of a full answer, in a stable order. */
const outlineOf = (graph: GraphAnswer) => ({
  nodes: graph.nodes.map(({ id, kind, label }) => ({ id, kind, label })).sort(byId),
  edges: graph.edges
    .map(({ id, source, target, type, weight }) => ({ id, source, target, type, weight }))
    .sort(byId),
});
const byId = (x: { id: string }, y: { id: string }) => x.id.localeCompare(y.id);

describe('graph fields project what is selected', () => {
  it('a neighbourhood drawn without facts reads no properties and no sources, and is the same graph', async () => {
    const query = (selection: string) =>
      `{ neighborhood(ids: ["country:AAA"], depth: 2, limit: 300) ${selection} }`;
    clear();
    const full = await graphql<{ neighborhood: GraphAnswer }>(app, query(FULL_GRAPH));
    const fullHits = await dbHits(0);
    clear();
    const outline = await graphql<{ neighborhood: GraphAnswer }>(app, query(OUTLINE));
    expect(outline.errors).toBeUndefined();
    expect(recorded.statements).toHaveLength(1);
    expect(recorded.statements[0]).not.toMatch(/:Source|properties\(/);
    expect(outline.data!.neighborhood.nodes.length).toBeGreaterThan(100);
    expect(outlineOf(outline.data!.neighborhood)).toEqual(outlineOf(full.data!.neighborhood));
    expect(await dbHits(0)).toBeLessThan(fullHits);
    // Evidence still comes with its sources when it is the one fact selected.
    clear();
    const evidence = await graphql<{
      neighborhood: { nodes: { id: string; evidence: { sourceTitle: string }[] }[] };
    }>(app, query('{ nodes { id evidence { sourceTitle } } }'));
    expect(recorded.statements[0]).not.toMatch(/properties\(/);
    const aland = evidence.data!.neighborhood.nodes.find((n) => n.id === 'country:AAA');
    expect(aland!.evidence).toEqual([{ sourceTitle: 'Test source' }]);
  });

  it('shortest paths drawn without facts are the same paths, read without sources', async () => {
    const query = (selection: string) =>
      `{ shortestPaths(from: "person:1", to: "place:2", first: 3) ${selection} }`;
    clear();
    const full = await graphql<{ shortestPaths: GraphAnswer[] }>(app, query(FULL_GRAPH));
    clear();
    const outline = await graphql<{ shortestPaths: GraphAnswer[] }>(app, query(OUTLINE));
    expect(recorded.statements).toHaveLength(1);
    expect(recorded.statements[0]).not.toMatch(/:Source|properties\(/);
    expect(outline.data!.shortestPaths.length).toBeGreaterThan(0);
    expect(outline.data!.shortestPaths.map(outlineOf)).toEqual(
      full.data!.shortestPaths.map(outlineOf),
    );
  });
});
