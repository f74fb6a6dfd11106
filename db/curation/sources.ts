// A source added with its pending candidates, in one write transaction with its audit record
// (the other curation writes are in review.ts). The same text again returns the stored Source.
import { randomUUID } from 'node:crypto';
import type { Principal } from './tokens.ts';
import { writeAudit } from './audit.ts';
import type { CandidateKind } from './candidate-rows.ts';
import { inWrite, who, type CurationDb, type CurationHooks } from './review.ts';
import { nameProps } from '../write/graph-rows.ts';
import { writeNodes, type WriteCounts } from '../write/write-graph.ts';
export interface SourceInput {
  text: string;
  sha256: string;
  title: string;
  publisher: string | null;
  url: string | null;
  /** Reduced ISO date and its first day / precision. */
  publishedAt: { firstDay: string; precision: string } | null;
}

export interface NewCandidate {
  key: string;
  kind: CandidateKind;
  quote: string;
  start: number;
  end: number;
  confidence: number;
  extractorVersion: string;
  linkedId: string | null;
  fields: Record<string, unknown>;
}

export function sourceIdOf(sha256: string): string {
  return `source:text-${sha256.slice(0, 16)}`;
}

/** Adds the source and its pending candidates; the same text again returns the stored Source. */
export async function addSource(
  db: CurationDb,
  principal: Principal,
  source: SourceInput,
  candidates: readonly NewCandidate[],
  hooks: CurationHooks = {},
): Promise<{ sourceId: string; created: boolean }> {
  const sourceId = sourceIdOf(source.sha256);
  return inWrite(db, 'addSource', hooks, async (tx, at) => {
    const existing = await tx.run('MATCH (s:Source {sha256: $sha}) RETURN s.id AS id', {
      sha: source.sha256,
    });
    if (existing.records.length > 0) {
      return { sourceId: existing.records[0]!.get('id') as string, created: false };
    }
    const counts: WriteCounts = { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 };
    await writeNodes(
      tx,
      [
        {
          label: 'Source',
          dateKeys: ['publishedAt'],
          rows: [
            {
              id: sourceId,
              props: {
                ...nameProps(source.title, []),
                title: source.title,
                publisher: source.publisher,
                url: source.url,
                dataset: null,
                publishedAt: source.publishedAt?.firstDay ?? null,
                datePrecision: source.publishedAt?.precision ?? null,
                retrievedAt: at,
                text: source.text,
                sha256: source.sha256,
                addedBy: principal.name,
                curatedBy: principal.name,
                curatedAt: at,
              },
              // A text source is its own evidence: it exists because a researcher added it.
              evidenceSources: [sourceId],
              evidenceQuotes: [''],
            },
          ],
        },
      ],
      `curation:${randomUUID()}`,
      counts,
    );
    await tx.run(
      `MATCH (s:Source {id: $sourceId})
       UNWIND $rows AS row
       CREATE (c:Candidate {id: row.id, sourceId: $sourceId, key: row.key, kind: row.kind,
         status: 'PENDING', quote: row.quote, start: row.start, end: row.end,
         confidence: row.confidence, extractorVersion: row.extractorVersion,
         linkedId: row.linkedId, fields: row.fields, createdAt: datetime($at)})
       CREATE (c)-[:EXTRACTED_FROM]->(s)`,
      {
        sourceId,
        at,
        rows: candidates.map((c) => ({
          ...c,
          id: `candidate:${source.sha256.slice(0, 12)}-${c.key}`,
          start: c.start,
          fields: JSON.stringify(c.fields),
        })),
      },
    );
    await writeAudit(
      tx,
      {
        ...who(principal),
        action: 'SOURCE_ADDED',
        target: sourceId,
        before: null,
        after: {
          title: source.title,
          url: source.url,
          sha256: source.sha256,
          characters: source.text.length,
          candidates: candidates.length,
        },
      },
      at,
    );
    return { sourceId, created: true };
  });
}
