// The curation writes, each in one write transaction with its audit record: a source added
// with its candidates, a candidate made by hand, accepted (optionally edited or merged into an
// existing node) or rejected (retracting a fact: retract.ts). Accepting writes through the
// graph's shared writers (db/write/) exactly as the seed loader does. `beforeCommit` (tests) runs last
// inside the transaction: throwing there must leave nothing written.
import { randomUUID } from 'node:crypto';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { ENTITY_LABELS } from '../../schema/model.ts';
import type { Principal } from './tokens.ts';
import { writeAudit } from './audit.ts';
import {
  factIdOf,
  factRows,
  FactError,
  labelOfKind,
  type CandidateFacts,
  type CandidateKind,
  type FactEdit,
} from './candidate-rows.ts';
import { refreshAgreementPairs } from '../write/agreement-pairs.ts';
import { incrementDyadMonths } from '../write/dyad-aggregates.ts';
import { writeNodes, writeRelationships, type WriteCounts } from '../write/write-graph.ts';

export interface CurationDb {
  driver: Driver;
  database: string | undefined;
}

export interface CurationHooks {
  /** Runs inside each write transaction just before it commits (tests inject a crash here). */
  beforeCommit?: (action: string) => void | Promise<void>;
}

export class CurationError extends Error {
  constructor(
    readonly code: 'BAD_INPUT' | 'NOT_FOUND',
    readonly argument: string,
    message: string,
  ) {
    super(message);
  }
}

/** The properties a stored candidate is read back with (the API's Candidate). */
export const CANDIDATE_FIELDS = `c {.id, .kind, .status, .quote, .start, .end, .confidence,
  .extractorVersion, .sourceId, .linkedId, .factId, .reviewedBy, .fields, .edit,
  reviewedAt: toString(c.reviewedAt), createdAt: toString(c.createdAt)}`;

/** Runs `work` in one write transaction, `hooks.beforeCommit` last inside it. */
export async function inWrite<T>(
  db: CurationDb,
  action: string,
  hooks: CurationHooks,
  work: (tx: ManagedTransaction, at: string) => Promise<T>,
): Promise<T> {
  const session = db.driver.session({ database: db.database });
  try {
    return await session.executeWrite(async (tx) => {
      const result = await work(tx, new Date().toISOString());
      await hooks.beforeCommit?.(action);
      return result;
    });
  } finally {
    await session.close();
  }
}

/** Any graph node, by label disjunction: each label's id constraint is an index seek, no scan. */
export const ANY = Object.values(ENTITY_LABELS).join('|');

export const who = (principal: Principal) => ({
  actor: principal.name,
  tokenId: principal.tokenId,
});

interface StoredCandidate {
  id: string;
  kind: CandidateKind;
  status: string;
  sourceId: string;
  quote: string;
  fields: Record<string, unknown>;
  factId: string | null;
  createdFact: boolean | null;
}

export async function readCandidate(tx: ManagedTransaction, id: string): Promise<StoredCandidate> {
  const result = await tx.run(
    `MATCH (c:Candidate {id: $id}) RETURN c {.id, .kind, .status, .sourceId, .quote, .fields, .factId, .createdFact} AS c`,
    { id },
  );
  const row = result.records[0]?.get('c') as
    (Omit<StoredCandidate, 'fields'> & { fields: string }) | undefined;
  if (!row)
    throw new CurationError('NOT_FOUND', 'id', `id: no candidate with id ${JSON.stringify(id)}`);
  return { ...row, fields: JSON.parse(row.fields) as Record<string, unknown> };
}

export async function candidateAfter(tx: ManagedTransaction, id: string) {
  const result = await tx.run(`MATCH (c:Candidate {id: $id}) RETURN ${CANDIDATE_FIELDS} AS c`, {
    id,
  });
  return result.records[0]!.get('c') as Record<string, unknown>;
}

/** A hand-made candidate: a span of the source's text and the fact the reviewer reads in it. */
export async function createCandidate(
  db: CurationDb,
  principal: Principal,
  input: { sourceId: string; start: number; end: number; kind: CandidateKind; fields: FactEdit },
  hooks: CurationHooks = {},
): Promise<Record<string, unknown>> {
  return inWrite(db, 'createCandidate', hooks, async (tx, at) => {
    const result = await tx.run(
      'MATCH (s:Source {id: $id}) WHERE s.text IS NOT NULL RETURN s.text AS text',
      {
        id: input.sourceId,
      },
    );
    const text = result.records[0]?.get('text') as string | undefined;
    if (text === undefined) {
      throw new CurationError(
        'NOT_FOUND',
        'input.sourceId',
        `input.sourceId: no text source with id ${JSON.stringify(input.sourceId)}`,
      );
    }
    if (!(input.start >= 0 && input.end > input.start && input.end <= text.length)) {
      throw new CurationError(
        'BAD_INPUT',
        'input.start',
        `input.start/end: must select 1 to ${text.length} characters of the text (0 ≤ start < end ≤ ${text.length})`,
      );
    }
    const id = `candidate:manual-${randomUUID()}`;
    const fields = Object.fromEntries(
      Object.entries(input.fields).filter(([, v]) => v !== undefined),
    );
    await tx.run(
      `MATCH (s:Source {id: $sourceId})
       CREATE (c:Candidate {id: $id, sourceId: $sourceId, key: $id, kind: $kind, status: 'PENDING',
         quote: $quote, start: $start, end: $end, confidence: 1.0, extractorVersion: 'manual',
         linkedId: null, fields: $fields, createdAt: datetime($at)})
       CREATE (c)-[:EXTRACTED_FROM]->(s)`,
      {
        id,
        sourceId: input.sourceId,
        kind: input.kind,
        quote: text.slice(input.start, input.end),
        start: input.start,
        end: input.end,
        fields: JSON.stringify(fields),
        at,
      },
    );
    const after = await candidateAfter(tx, id);
    await writeAudit(
      tx,
      { ...who(principal), action: 'CANDIDATE_CREATED', target: id, before: null, after },
      at,
    );
    return after;
  });
}

function requirePending(c: StoredCandidate) {
  if (c.status !== 'PENDING') {
    throw new CurationError(
      'BAD_INPUT',
      'id',
      `id: candidate ${c.id} is ${c.status.toLowerCase()}, not pending`,
    );
  }
}

export async function acceptCandidate(
  db: CurationDb,
  principal: Principal,
  input: { id: string; edit: FactEdit | null; mergeInto: string | null },
  hooks: CurationHooks = {},
): Promise<Record<string, unknown>> {
  return inWrite(db, 'acceptCandidate', hooks, async (tx, at) => {
    const stored = await readCandidate(tx, input.id);
    requirePending(stored);
    const before = await candidateAfter(tx, input.id);
    const edit = Object.fromEntries(
      Object.entries(input.edit ?? {}).filter(([, v]) => v !== undefined),
    );
    const facts: CandidateFacts = { ...stored, fields: { ...stored.fields, ...edit } };
    const label = labelOfKind(stored.kind);
    let factId: string;
    try {
      factId = input.mergeInto ?? factIdOf(facts);
    } catch (error) {
      if (error instanceof FactError)
        throw new CurationError('BAD_INPUT', `edit.${error.field}`, `edit.${error.message}`);
      throw error;
    }
    const found = await tx.run(`MATCH (n:${ANY} {id: $id}) RETURN labels(n) AS labels`, {
      id: factId,
    });
    const labels = (found.records[0]?.get('labels') as string[] | undefined) ?? null;
    if (input.mergeInto !== null) {
      if (!labels)
        throw new CurationError(
          'NOT_FOUND',
          'mergeInto',
          `mergeInto: no node with id ${JSON.stringify(factId)}`,
        );
      if (!labels.includes(label)) {
        throw new CurationError(
          'BAD_INPUT',
          'mergeInto',
          `mergeInto: ${factId} is a ${labels.join(':')}, not a ${label} like this ${stored.kind} candidate`,
        );
      }
    } else if (stored.kind === 'country' && !labels) {
      throw new CurationError('BAD_INPUT', 'edit.iso3', `edit.iso3: the graph has no ${factId}`);
    }
    const newNode = labels === null;
    // Names an event mentions → ids: a person or place this source's accepted candidates made,
    // else one node in the graph with that exact name.
    const resolvedNames = new Map<string, string>();
    if (stored.kind === 'event') {
      const names = [
        ...((facts.fields.participants as string[] | undefined) ?? []).map((n) => ['Person', n]),
        ...(typeof facts.fields.place === 'string' ? [['Place', facts.fields.place]] : []),
      ];
      for (const [nodeLabel, name] of names) {
        const hit = await tx.run(
          `CALL {
             MATCH (c:Candidate {sourceId: $sourceId, status: 'ACCEPTED', kind: $kind})
             WHERE c.fields CONTAINS $quotedName RETURN c.factId AS id
             UNION
             MATCH (n:${nodeLabel === 'Person' ? 'Person' : 'Place'}) WHERE (n.name = $name OR $name IN coalesce(n.aliases, [])) RETURN n.id AS id
           } RETURN collect(DISTINCT id) AS ids`,
          {
            sourceId: stored.sourceId,
            kind: nodeLabel === 'Person' ? 'person' : 'place',
            quotedName: JSON.stringify(name),
            label: nodeLabel,
            name,
          },
        );
        const ids = hit.records[0]!.get('ids') as string[];
        if (ids.length === 1) resolvedNames.set(`${nodeLabel}|${name}`, ids[0]!);
      }
    }
    let rows;
    try {
      rows = factRows(facts, {
        factId,
        newNode,
        curatedBy: principal.name,
        curatedAt: at,
        resolve: (kind, name) =>
          resolvedNames.get(`${kind === 'person' ? 'Person' : 'Place'}|${name}`) ?? null,
      });
    } catch (error) {
      if (error instanceof FactError)
        throw new CurationError('BAD_INPUT', `edit.${error.field}`, `edit.${error.message}`);
      throw error;
    }
    // The shared writer replaces what a source said about a node: keep this source's earlier
    // quotes on it (another candidate of the same text accepted into the same node).
    for (const group of rows.nodes) {
      for (const row of group.rows) {
        const kept = await tx.run(
          `MATCH (n:${ANY} {id: $id}) RETURN [i IN range(0, size(coalesce(n.evidenceSources, [])) - 1)
             WHERE n.evidenceSources[i] = $sourceId AND n.evidenceQuotes[i] <> $quote | n.evidenceQuotes[i]] AS quotes`,
          { id: row.id, sourceId: stored.sourceId, quote: stored.quote },
        );
        const quotes = (kept.records[0]?.get('quotes') as string[] | undefined) ?? [];
        row.evidenceSources = [...quotes.map(() => stored.sourceId), ...row.evidenceSources];
        row.evidenceQuotes = [...quotes, ...row.evidenceQuotes];
      }
    }
    const batch = `curation:${randomUUID()}`;
    const counts: WriteCounts = { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 };
    await writeNodes(tx, rows.nodes, batch, counts);
    await writeRelationships(tx, rows.relationships, counts);
    await incrementDyadMonths(tx, rows.eventIds, batch);
    // An accepted agreement or membership: its pairs' aggregate, in the same transaction.
    await refreshAgreementPairs(
      tx,
      rows.relationships
        .filter((g) => g.type === 'PARTY_TO')
        .flatMap((g) => g.rows.map((r) => r.to)),
    );
    await tx.run(
      `MATCH (c:Candidate {id: $id})
       SET c.status = 'ACCEPTED', c.factId = $factId, c.createdFact = $newNode,
           c.reviewedBy = $by, c.reviewedAt = datetime($at), c.edit = $edit, c.mergedInto = $mergeInto`,
      {
        id: stored.id,
        factId,
        newNode,
        by: principal.name,
        at,
        edit: Object.keys(edit).length ? JSON.stringify(edit) : null,
        mergeInto: input.mergeInto,
      },
    );
    const after = await candidateAfter(tx, stored.id);
    await writeAudit(
      tx,
      {
        ...who(principal),
        action: 'CANDIDATE_ACCEPTED',
        target: stored.id,
        before,
        after: { ...after, edit, mergeInto: input.mergeInto },
      },
      at,
    );
    return after;
  });
}

export async function rejectCandidate(
  db: CurationDb,
  principal: Principal,
  id: string,
  hooks: CurationHooks = {},
): Promise<Record<string, unknown>> {
  return inWrite(db, 'rejectCandidate', hooks, async (tx, at) => {
    const stored = await readCandidate(tx, id);
    requirePending(stored);
    const before = await candidateAfter(tx, id);
    await tx.run(
      `MATCH (c:Candidate {id: $id}) SET c.status = 'REJECTED', c.reviewedBy = $by, c.reviewedAt = datetime($at)`,
      { id, by: principal.name, at },
    );
    const after = await candidateAfter(tx, id);
    await writeAudit(
      tx,
      { ...who(principal), action: 'CANDIDATE_REJECTED', target: id, before, after },
      at,
    );
    return after;
  });
}
