// Property: any string in any string argument (Cypher fragments, backticks, quotes, unicode,
// very long) gets an answer or a clear BAD_INPUT/NOT_FOUND, never a server error; the graph is
// unchanged; and the Cypher text sent for an operation never depends on the string.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connect.ts';
import { loadSeed } from '../../seed/load-seed.ts';
import { apiOn, graphql, type Recorded } from '../support/api.ts';
import { graphCounts, resetDatabase, useTestDatabase } from '../support/database.ts';

const CYPHER_FRAGMENTS = [
  "' OR 1=1 //",
  '") DETACH DELETE n //',
  '`) MATCH (n) DETACH DELETE n //',
  '} RETURN 1 UNION MATCH (n) RETURN n //',
  'person:yasukazu-hamada\u0000',
  "country:JPN' }) DETACH DELETE n //",
  '$id',
  '\\u0027',
  'JPN',
  '2022-09',
  'Hamada AND NOT x OR title:*',
  '*:*',
  '~\\"][{}()^',
];

const strings = fc.oneof(
  fc.constantFrom(...CYPHER_FRAGMENTS),
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ minLength: 1000, maxLength: 5000 }),
  fc
    .tuple(fc.constantFrom(...CYPHER_FRAGMENTS), fc.string({ unit: 'binary' }))
    .map(([a, b]) => a + b),
);

/** Every string argument of the API, one operation each. */
const OPERATIONS: Record<string, string> = {
  searchText: 'query ($s: String!) { search(text: $s) { id } }',
  entityId: 'query ($s: ID!) { entity(id: $s) { id relations { type } } }',
  neighborhoodIds: 'query ($s: ID!) { neighborhood(ids: [$s, "country:JPN"]) { nodes { id } } }',
  neighborhoodDates:
    'query ($s: String) { neighborhood(ids: ["country:JPN"], filter: { from: $s, to: $s }) { nodes { id } } }',
  shortestPathFrom:
    'query ($s: ID!) { shortestPath(from: $s, to: "person:lloyd-austin") { nodes { id } } }',
  shortestPathsFrom:
    'query ($s: ID!) { shortestPaths(from: $s, to: "person:lloyd-austin") { nodes { id } } }',
  shortestPathTo:
    'query ($s: ID!) { shortestPath(from: "person:rajnath-singh", to: $s) { nodes { id } } }',
  countryNetworkDates:
    'query ($s: String) { countryNetwork(filter: { from: $s }) { nodes { id } } }',
  dyadA: 'query ($s: String!) { dyad(a: $s, b: "JPN") { eventCount } }',
  dyadB: 'query ($s: String!) { dyad(a: "USA", b: $s) { eventCount } }',
  dyadDates: 'query ($s: String) { dyad(a: "USA", b: "JPN", from: $s, to: $s) { eventCount } }',
  eventsActor: 'query ($s: ID) { events(filter: { actor: $s }) { edges { node { id } } } }',
  eventsCountries:
    'query ($s: String!) { events(filter: { countries: [$s] }) { edges { node { id } } } }',
  eventsCameo:
    'query ($s: String!) { events(filter: { cameoRoots: [$s] }) { edges { node { id } } } }',
  eventsDates:
    'query ($s: String) { events(filter: { from: $s, to: $s }) { edges { node { id } } } }',
  eventsAfter: 'query ($s: String) { events(after: $s) { edges { node { id } } } }',
  agreementsParty: 'query ($s: ID) { agreements(filter: { party: $s }) { edges { node { id } } } }',
  agreementsCountries:
    'query ($s: String!) { agreements(filter: { countries: [$s] }) { edges { node { id } } } }',
  agreementsAfter:
    'query ($s: String) { agreements(after: $s, filter: { from: $s }) { edges { node { id } } } }',
};

/** Every argument of every mutation, sent without a token: refused before anything runs. */
const MUTATIONS: Record<string, string> = {
  addSourceText:
    'mutation ($s: String) { addSource(input: { text: $s, title: $s, url: $s, publishedAt: $s, publisher: $s }) { created } }',
  addSourceHtml: 'mutation ($s: String) { addSource(input: { html: $s }) { created } }',
  addSourceFetchUrl: 'mutation ($s: String) { addSource(input: { fetchUrl: $s }) { created } }',
  createCandidate:
    'mutation ($i: ID!, $s: String!) { createCandidate(input: { sourceId: $i, start: 0, end: 1, kind: person, fields: { name: $s, country: $s, office: $s, iso3: $s, eventKind: $s, parties: [$s], participants: [$s], date: $s, place: $s, status: $s, agreementType: $s, cameoCode: $s } }) { id } }',
  acceptCandidate:
    'mutation ($s: ID!, $t: String, $u: String!) { acceptCandidate(id: $s, mergeInto: $s, edit: { name: $t, date: $t, parties: [$u] }) { id } }',
  rejectCandidate: 'mutation ($s: ID!) { rejectCandidate(id: $s) { id } }',
  retractFact: 'mutation ($s: ID!) { retractFact(id: $s) { id } }',
  revokeToken: 'mutation ($s: ID!) { revokeToken(id: $s) { id } }',
};

const EXPECTED_CODES = new Set(['BAD_INPUT', 'NOT_FOUND']);

let db: Database;
const recorded: Recorded = { statements: [] };
let app: ReturnType<typeof apiOn>;
let before: Record<string, number>;

beforeAll(async () => {
  db = await useTestDatabase();
  await resetDatabase(db);
  await loadSeed(db);
  app = apiOn(db, recorded);
  before = await graphCounts(db);
});
afterAll(() => db.close());

describe('random strings in every string argument', () => {
  it.each(Object.entries(OPERATIONS))(
    '%s: never a server error, constant Cypher',
    async (_, query) => {
      // An empty date stands for an open end, so it may choose another statement (countryNetwork
      // reads the all-time buckets then); any other string gets the one text of its shape.
      const texts = { empty: new Set<string>(), given: new Set<string>() };
      await fc.assert(
        fc.asyncProperty(strings, async (s) => {
          recorded.statements.length = 0;
          const response = await graphql(app, query, { s });
          expect(response.status).toBeLessThan(500);
          for (const error of response.errors ?? []) {
            expect(EXPECTED_CODES.has(String(error.extensions?.code))).toBe(true);
          }
          const seen = s === '' ? texts.empty : texts.given;
          for (const statement of recorded.statements) seen.add(statement);
        }),
        // Both shapes every run, not only when the generator happens to draw them.
        { numRuns: 40, examples: [[''], ['2022-09']] },
      );
      expect(texts.empty.size).toBeLessThanOrEqual(1);
      expect(texts.given.size).toBeLessThanOrEqual(1);
    },
  );

  it.each(Object.entries(MUTATIONS))(
    '%s without a token: UNAUTHENTICATED, never a server error, no Cypher',
    async (_, query) => {
      await fc.assert(
        fc.asyncProperty(strings, async (s) => {
          recorded.statements.length = 0;
          const response = await graphql(app, query, { s, t: s, u: s, i: s });
          expect(response.status).toBeLessThan(500);
          expect(response.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
          expect(recorded.statements).toEqual([]);
        }),
        { numRuns: 25 },
      );
    },
  );

  it('left the graph exactly as it was', async () => {
    expect(await graphCounts(db)).toEqual(before);
  });
});
