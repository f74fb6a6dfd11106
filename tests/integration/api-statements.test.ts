// One Cypher statement per root field, whatever the selection: a nested operation over 50
// parents sends one statement (two when it asks for a total count), never one per row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connect.ts';
import { apiOn, graphql, type Recorded } from '../support/api.ts';
import { resetDatabase, useTestDatabase } from '../support/database.ts';

let db: Database;
const recorded: Recorded = { statements: [] };
let app: ReturnType<typeof apiOn>;

beforeAll(async () => {
  db = await useTestDatabase();
  await resetDatabase(db);
  // 60 meetings between two countries, each with a person, a place and evidence.
  await db.driver.executeQuery(
    `MERGE (s:Source {id: 'source:test'}) SET s.name = 'Test source', s.title = 'Test source'
     MERGE (a:Country {id: 'country:AAA'}) SET a.iso3 = 'AAA', a.name = 'Aland', a.evidenceSources = ['source:test'], a.evidenceQuotes = ['']
     MERGE (b:Country {id: 'country:BBB'}) SET b.iso3 = 'BBB', b.name = 'Borduria', a.evidenceSources = ['source:test'], a.evidenceQuotes = ['']
     WITH a, b
     UNWIND range(1, 60) AS i
     MERGE (e:Event:Meeting {id: 'meeting:' + i}) SET e.name = 'Meeting ' + i, e.date = date('2020-01-01') + duration({days: i}),
           e.datePrecision = 'DAY', e.evidenceSources = ['source:test'], e.evidenceQuotes = ['they met']
     MERGE (p:Person {id: 'person:' + i}) SET p.name = 'Envoy ' + i, p.evidenceSources = ['source:test'], p.evidenceQuotes = ['an envoy']
     MERGE (pl:Place {id: 'place:' + i}) SET pl.name = 'Town ' + i
     MERGE (a)-[:PARTICIPATED_IN {role: 'HOST'}]->(e)
     MERGE (b)-[:PARTICIPATED_IN {role: 'VISITOR'}]->(e)
     MERGE (p)-[:PARTICIPATED_IN {role: 'VISITOR', evidenceSources: ['source:test'], evidenceQuotes: ['an envoy came']}]->(e)
     MERGE (e)-[:HELD_AT]->(pl)`,
  );
  app = apiOn(db, recorded);
});
afterAll(() => db.close());

const NESTED = `
  edges { node {
    id name date evidence { sourceId sourceTitle quote }
    participants { role actor { id name kind } }
    place { id name }
    relations(first: 10) { type direction other { id name } evidence { sourceTitle quote } }
  } }`;

describe('statements per root field', () => {
  it('sends one statement for 50 events with participants, places, relations and evidence', async () => {
    recorded.statements.length = 0;
    const { data, errors } = await graphql<{
      events: {
        edges: { node: { participants: unknown[]; relations: unknown[]; evidence: unknown[] } }[];
      };
    }>(app, `{ events(first: 50) { ${NESTED} } }`);
    expect(errors).toBeUndefined();
    expect(data!.events.edges).toHaveLength(50);
    for (const { node } of data!.events.edges) {
      expect(node.participants).toHaveLength(3);
      expect(node.relations.length).toBeGreaterThanOrEqual(4);
      expect(node.evidence).toEqual([
        { sourceId: 'source:test', sourceTitle: 'Test source', quote: 'they met' },
      ]);
    }
    expect(recorded.statements).toHaveLength(1);
  });

  it('sends two statements when the total count is selected too', async () => {
    recorded.statements.length = 0;
    const { data } = await graphql<{ events: { totalCount: number } }>(
      app,
      `{ events(first: 50) { totalCount ${NESTED} } }`,
    );
    expect(data!.events.totalCount).toBe(60);
    expect(recorded.statements).toHaveLength(2);
  });

  it('sends one statement for a 50-node neighbourhood and for a dyad with all its events', async () => {
    recorded.statements.length = 0;
    const { data } = await graphql<{ neighborhood: { nodes: unknown[] } }>(
      app,
      '{ neighborhood(ids: ["country:AAA"], depth: 2, limit: 50) { nodes { id evidence { quote } } edges { id evidence { quote } } } }',
    );
    expect(data!.neighborhood.nodes).toHaveLength(50);
    expect(recorded.statements).toHaveLength(1);

    recorded.statements.length = 0;
    const dyad = await graphql<{ dyad: { events: unknown[] } }>(
      app,
      '{ dyad(a: "AAA", b: "BBB") { a { name } b { name } events { id participants { actor { id } } evidence { quote } } agreements { id } years { year } } }',
    );
    expect(dyad.data!.dyad.events).toHaveLength(60);
    expect(recorded.statements).toHaveLength(1);
  });

  it('sends one statement per root field when one operation asks several', async () => {
    recorded.statements.length = 0;
    await graphql(
      app,
      '{ search(text: "envoy", first: 50) { id relations { other { id } } } entity(id: "meeting:1") { id relations { type } } }',
    );
    expect(recorded.statements).toHaveLength(2);
  });
});
