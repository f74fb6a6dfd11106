// Curation end to end through the API: a source added (and added again), its candidates
// reviewed (accepted, edited, merged, rejected), a fact retracted, a crash inside the
// transaction, the audit trail (URL sources: curation-url-sources.test.ts).
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connect.ts';
import { createApp } from '../../server/app.ts';
import { loadSeed } from '../../seed/load-seed.ts';
import { graphql } from '../support/api.ts';
import { codeOf, graphqlAs, makeToken } from '../support/auth.ts';
import { graphCounts, resetDatabase, useTestDatabase } from '../support/database.ts';

// DoD News, 5 May 2023 (public domain), copied with its origin in tests/fixtures/texts/README.md.
const TEXT = fs.readFileSync(
  new URL(
    '../fixtures/texts/05-dodnews-austin-blaszczak-reciprocal-procurement.txt',
    import.meta.url,
  ),
  'utf8',
);

const ADD = `mutation ($input: AddSourceInput!) { addSource(input: $input) {
  created source { id title sha256 addedBy text } candidates { id kind status quote start end fields linkedId } } }`;
const ACCEPT = `mutation ($id: ID!, $edit: CandidateEdit, $mergeInto: ID) {
  acceptCandidate(id: $id, edit: $edit, mergeInto: $mergeInto) { id status factId reviewedBy } }`;

interface Candidate {
  id: string;
  kind: string;
  status: string;
  quote: string;
  start: number;
  end: number;
  fields: Record<string, unknown>;
  linkedId: string | null;
}

let db: Database;
let app: ReturnType<typeof createApp>;
let crashing: ReturnType<typeof createApp>;
let curate: string;
let admin: string;
let candidates: Candidate[];
let sourceId: string;

async function one(cypher: string, params: Record<string, unknown> = {}) {
  const { records } = await db.driver.executeQuery(cypher, params, { database: db.database });
  return records.map((r) => r.toObject());
}

/** retractFact through the API as the reviewer: the status it answers. */
async function retract(id: string) {
  const response = await graphqlAs<{ retractFact: { status: string } }>(
    app,
    { token: curate },
    'mutation ($id: ID!) { retractFact(id: $id) { status } }',
    { id },
  );
  return response.data?.retractFact.status;
}

const find = (kind: string, test: (c: Candidate) => boolean) => {
  const hit = candidates.find((c) => c.kind === kind && test(c));
  if (!hit) throw new Error(`no ${kind} candidate`);
  return hit;
};

beforeAll(async () => {
  db = await useTestDatabase();
  await resetDatabase(db);
  await loadSeed(db);
  app = createApp({ db });
  crashing = createApp({
    db,
    curationHooks: {
      beforeCommit: () => {
        throw new Error('crash between accept and commit');
      },
    },
  });
  curate = await makeToken(db, 'curate', 'Ana Reviewer');
  admin = await makeToken(db, 'admin', 'Lead');
});
afterAll(() => db.close());

describe('a source and its candidates', () => {
  it('refuses addSource without a token and writes nothing', async () => {
    const before = await graphCounts(db);
    const response = await graphql(app, ADD, { input: { text: TEXT } });
    expect(codeOf(response)).toEqual(['UNAUTHENTICATED']);
    expect(await graphCounts(db)).toEqual(before);
  });

  it('stores the source with its SHA-256 and pending candidates whose quotes are the text', async () => {
    const response = await graphqlAs<{
      addSource: {
        created: boolean;
        source: { id: string; sha256: string; addedBy: string; text: string };
        candidates: Candidate[];
      };
    }>(app, { token: curate }, ADD, {
      input: {
        text: TEXT,
        publishedAt: '2023-05-05',
        publisher: 'DoD News',
        url: 'https://www.defense.gov/News/',
      },
    });
    expect(response.errors).toBeUndefined();
    const { source, created } = response.data!.addSource;
    candidates = response.data!.addSource.candidates;
    sourceId = source.id;
    expect(created).toBe(true);
    expect(source.addedBy).toBe('Ana Reviewer');
    expect(source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(candidates.length).toBeGreaterThan(5);
    for (const c of candidates) {
      expect(c.status).toBe('PENDING');
      expect(source.text.slice(c.start, c.end)).toBe(c.quote);
    }
  });

  it('gives the same Source for the same text added twice', async () => {
    const again = await graphqlAs<{ addSource: { created: boolean; source: { id: string } } }>(
      app,
      { token: curate },
      ADD,
      { input: { text: TEXT, title: 'another title' } },
    );
    expect(again.data!.addSource).toMatchObject({ created: false, source: { id: sourceId } });
    const [row] = await one('MATCH (s:Source) WHERE s.sha256 IS NOT NULL RETURN count(s) AS n');
    expect(row!.n).toBe(1);
  });

  it('lists the pending candidates as a queue', async () => {
    const queue = await graphql<{
      pendingCandidates: { candidates: { id: string }[]; pageInfo: { hasNextPage: boolean } };
    }>(
      app,
      '{ pendingCandidates(first: 3) { candidates { id } pageInfo { hasNextPage endCursor } } }',
    );
    expect(queue.data!.pendingCandidates.candidates).toHaveLength(3);
    expect(queue.data!.pendingCandidates.pageInfo.hasNextPage).toBe(true);
  });
});

describe('review', () => {
  it('accepts a person as the seed loader writes one, signed by the reviewer', async () => {
    const person = find('person', (c) => String(c.fields.name).includes('Blaszczak'));
    const accepted = await graphqlAs<{ acceptCandidate: { factId: string; reviewedBy: string } }>(
      app,
      { token: curate },
      ACCEPT,
      { id: person.id },
    );
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.acceptCandidate).toEqual({
      id: person.id,
      status: 'ACCEPTED',
      factId: 'person:mariusz-blaszczak',
      reviewedBy: 'Ana Reviewer',
    });
    const [node] = await one(
      'MATCH (p:Person {id: $id}) RETURN p.name AS name, p.curatedBy AS by, p.evidenceSources AS s, p.evidenceQuotes AS q, p.aliasText AS aliasText',
      { id: 'person:mariusz-blaszczak' },
    );
    expect(node).toEqual({
      name: 'Mariusz Blaszczak',
      by: 'Ana Reviewer',
      s: [sourceId],
      q: [person.quote],
      aliasText: '',
    });
  });

  it('merges a person into the existing entity: no new node, the quote added to it', async () => {
    const austin = find('person', (c) => String(c.fields.name).startsWith('Lloyd'));
    const persons = (await one('MATCH (p:Person) RETURN count(p) AS n'))[0]!.n;
    const merged = await graphqlAs<{ acceptCandidate: { factId: string } }>(
      app,
      { token: curate },
      ACCEPT,
      {
        id: austin.id,
        mergeInto: 'person:lloyd-austin',
      },
    );
    expect(merged.data!.acceptCandidate.factId).toBe('person:lloyd-austin');
    expect((await one('MATCH (p:Person) RETURN count(p) AS n'))[0]!.n).toBe(persons);
    const [node] = await one(
      'MATCH (p:Person {id: "person:lloyd-austin"}) RETURN p.name AS name, p.evidenceQuotes AS q',
    );
    expect(node!.name).toBe('Lloyd Austin');
    expect(node!.q).toContain(austin.quote);
    // A merge into a node of another kind is refused by name.
    const wrong = await graphqlAs(app, { token: curate }, ACCEPT, {
      id: find('country', () => true).id,
      mergeInto: 'person:lloyd-austin',
    });
    expect(codeOf(wrong)).toEqual(['BAD_INPUT']);
    expect(wrong.errors![0]!.message).toMatch(/^mergeInto: person:lloyd-austin is a Person/);
  });

  it('edits then accepts a meeting: the event, its participants and the dyad bucket', async () => {
    const meeting = find('event', (c) => c.fields.eventKind === 'MEETING');
    const accepted = await graphqlAs<{ acceptCandidate: { factId: string } }>(
      app,
      { token: curate },
      ACCEPT,
      {
        id: meeting.id,
        edit: { name: 'Austin–Blaszczak meeting at the Pentagon', date: '2023-05-05' },
      },
    );
    expect(accepted.errors).toBeUndefined();
    const factId = accepted.data!.acceptCandidate.factId;
    expect(factId).toMatch(/^meeting:/);
    const [event] = await one(
      `MATCH (e:Event:Meeting {id: $id}) RETURN e.name AS name, toString(e.date) AS date, e.datePrecision AS precision,
         e.curatedBy AS by, [(a)-[:PARTICIPATED_IN]->(e) | a.id] AS participants`,
      { id: factId },
    );
    expect(event).toMatchObject({
      name: 'Austin–Blaszczak meeting at the Pentagon',
      date: '2023-05-05',
      precision: 'DAY',
      by: 'Ana Reviewer',
    });
    expect([...(event!.participants as string[])].sort()).toEqual([
      'country:POL',
      'country:USA',
      'person:lloyd-austin',
      'person:mariusz-blaszczak',
    ]);
    const [bucket] = await one(
      'MATCH ()-[r:DYAD_MONTH {key: "POL|USA|2023-05-01"}]->() RETURN r.events AS events, r.meetings AS meetings',
    );
    expect(bucket).toEqual({ events: 1, meetings: 1 });
    const jump = await graphql<{ factCandidates: { id: string; start: number; end: number }[] }>(
      app,
      `{ factCandidates(id: "${factId}") { id start end } }`,
    );
    expect(jump.data!.factCandidates).toEqual([
      { id: meeting.id, start: meeting.start, end: meeting.end },
    ]);
  });

  it('rejects a candidate; a second review of it is refused', async () => {
    const incident = find('event', (c) => c.fields.eventKind === 'INCIDENT');
    const rejected = await graphqlAs<{ rejectCandidate: { status: string } }>(
      app,
      { token: curate },
      'mutation ($id: ID!) { rejectCandidate(id: $id) { status } }',
      { id: incident.id },
    );
    expect(rejected.data!.rejectCandidate.status).toBe('REJECTED');
    const again = await graphqlAs(app, { token: curate }, ACCEPT, { id: incident.id });
    expect(codeOf(again)).toEqual(['BAD_INPUT']);
  });

  it('leaves no half-written fact when the transaction fails before commit', async () => {
    const agreement = find('agreement', () => true);
    const before = await graphCounts(db);
    const response = await graphqlAs(crashing, { token: curate }, ACCEPT, { id: agreement.id });
    expect(response.errors?.[0]?.message).toBe('Unexpected error.');
    expect(await graphCounts(db)).toEqual(before);
    const [row] = await one('MATCH (c:Candidate {id: $id}) RETURN c.status AS status', {
      id: agreement.id,
    });
    expect(row!.status).toBe('PENDING');
    // … and accepting it for real then writes the agreement with its parties.
    const accepted = await graphqlAs<{ acceptCandidate: { factId: string } }>(
      app,
      { token: curate },
      ACCEPT,
      { id: agreement.id },
    );
    const [written] = await one(
      'MATCH (a:Agreement {id: $id}) RETURN a.status AS status, [(c)-[:PARTY_TO]->(a) | c.id] AS parties',
      {
        id: accepted.data!.acceptCandidate.factId,
      },
    );
    expect(written!.status).toBe('AGREED');
    expect([...(written!.parties as string[])].sort()).toEqual(['country:POL', 'country:USA']);
  });

  it('retracts a fact: it leaves the graph, the dyad bucket is recounted, the audit stays', async () => {
    const meeting = find('event', (c) => c.fields.eventKind === 'MEETING');
    const [{ factId }] = (await one('MATCH (c:Candidate {id: $id}) RETURN c.factId AS factId', {
      id: meeting.id,
    })) as [{ factId: string }];
    expect(await retract(factId)).toBe('RETRACTED');
    expect(await one('MATCH (e:Event {id: $id}) RETURN e', { id: factId })).toEqual([]);
    expect(await one('MATCH ()-[r:DYAD_MONTH {key: "POL|USA|2023-05-01"}]->() RETURN r')).toEqual(
      [],
    );
    // The merged person keeps its seed evidence when its merge is retracted.
    const austin = find('person', (c) => String(c.fields.name).startsWith('Lloyd'));
    await retract(austin.id);
    const [node] = await one(
      'MATCH (p:Person {id: "person:lloyd-austin"}) RETURN p.evidenceQuotes AS q',
    );
    expect(node!.q).not.toContain(austin.quote);
    expect((node!.q as string[]).length).toBeGreaterThan(0);

    const audit = await graphqlAs<{
      auditRecords: {
        records: { action: string; actor: string; before: unknown; after: unknown }[];
      };
    }>(
      app,
      { token: admin },
      `{ auditRecords(target: "${meeting.id}") { records { action actor before after } } }`,
    );
    const records = audit.data!.auditRecords.records;
    expect(records.map((r) => r.action)).toEqual(['FACT_RETRACTED', 'CANDIDATE_ACCEPTED']);
    expect(records[1]!.actor).toBe('Ana Reviewer');
    expect(records[1]!.before).toMatchObject({ status: 'PENDING' });
    expect(records[1]!.after).toMatchObject({ status: 'ACCEPTED', edit: { date: '2023-05-05' } });
  });

  it('makes a fact from a span selected by hand', async () => {
    const start = TEXT.indexOf('Pentagon');
    const made = await graphqlAs<{
      createCandidate: { id: string; quote: string; status: string };
    }>(
      app,
      { token: curate },
      `mutation ($input: ManualCandidateInput!) { createCandidate(input: $input) { id quote status } }`,
      {
        input: {
          sourceId,
          start,
          end: start + 'Pentagon'.length,
          kind: 'place',
          fields: { name: 'The Pentagon', country: 'USA' },
        },
      },
    );
    expect(made.data!.createCandidate).toMatchObject({ quote: 'Pentagon', status: 'PENDING' });
    const accepted = await graphqlAs<{ acceptCandidate: { factId: string } }>(
      app,
      { token: curate },
      ACCEPT,
      {
        id: made.data!.createCandidate.id,
      },
    );
    expect(accepted.data!.acceptCandidate.factId).toBe('place:the-pentagon');
  });

  it('retracting an agreement takes it out of its pair in the country network', async () => {
    const agreement = find('agreement', () => true);
    const [{ factId }] = (await one('MATCH (c:Candidate {id: $id}) RETURN c.factId AS factId', {
      id: agreement.id,
    })) as [{ factId: string }];
    const PAIR =
      'MATCH (:Country {iso3: "POL"})-[r:DYAD_AGREEMENTS]->(:Country {iso3: "USA"}) RETURN r.agreementIds AS ids';
    const agreementEdges = async () => {
      const network = await graphql<{
        countryNetwork: { edges: { source: string; target: string }[] };
      }>(
        app,
        '{ countryNetwork(options: { families: [AGREEMENTS] }) { edges { source target } } }',
      );
      return network.data!.countryNetwork.edges.map((e) => `${e.source} ${e.target}`);
    };
    expect(await one(PAIR)).toEqual([{ ids: [factId] }]);
    expect(await agreementEdges()).toContain('country:POL country:USA');
    expect(await retract(agreement.id)).toBe('RETRACTED');
    expect(await one(PAIR)).toEqual([]);
    expect(await agreementEdges()).not.toContain('country:POL country:USA');
  });

  it('retracting a merge keeps the seed relationship the acceptance matched', async () => {
    const HAMADA_OFFICE = `MATCH (:Person {id: "person:yasukazu-hamada"})-[r:HOLDS_OFFICE {title: "Defense Minister"}]->(:Country {id: "country:JPN"})
      RETURN r.evidenceQuotes AS q, r.candidateId AS candidateId`;
    const [seeded] = await one(HAMADA_OFFICE);
    const start = TEXT.indexOf('Minister');
    const made = await graphqlAs<{ createCandidate: { id: string; quote: string } }>(
      app,
      { token: curate },
      `mutation ($input: ManualCandidateInput!) { createCandidate(input: $input) { id quote } }`,
      {
        input: {
          sourceId,
          start,
          end: start + 'Minister'.length,
          kind: 'person',
          fields: { name: 'Yasukazu Hamada', country: 'JPN', office: 'Defense Minister' },
        },
      },
    );
    const { id, quote } = made.data!.createCandidate;
    await graphqlAs(app, { token: curate }, ACCEPT, { id, mergeInto: 'person:yasukazu-hamada' });
    const [matched] = await one(HAMADA_OFFICE);
    expect(matched).toEqual({ q: [...(seeded!.q as string[]), quote], candidateId: null });
    expect(await retract(id)).toBe('RETRACTED');
    expect(await one(HAMADA_OFFICE)).toEqual([seeded]);
  });
});
