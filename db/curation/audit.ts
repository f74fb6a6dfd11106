// Audit records: every write of the curation path (a token made or revoked, a source added, a
// candidate accepted, edited, rejected or retracted) leaves one, in the same transaction as the
// write itself, so a write that rolls back leaves no record and a committed one always has it.
// Records are never updated or deleted by Entente (a retraction adds a record of its own).
import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';

export const AUDIT_ACTIONS = [
  'TOKEN_CREATED',
  'TOKEN_REVOKED',
  'SOURCE_ADDED',
  'CANDIDATE_CREATED',
  'CANDIDATE_ACCEPTED',
  'CANDIDATE_REJECTED',
  'FACT_RETRACTED',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  /** Who: the token's name (or `cli:<user>` for the token command). */
  actor: string;
  /** The token that authorised the write; null for the command line. */
  tokenId: string | null;
  action: AuditAction;
  /** The id of what was written (a candidate, a source, a token). */
  target: string;
  /** Plain JSON-able values; stored as JSON text (Neo4j has no map property). */
  before: unknown;
  after: unknown;
}

const CREATE_AUDIT = `
CREATE (a:AuditRecord {id: $id, at: datetime($at), actor: $actor, tokenId: $tokenId,
  action: $action, target: $target, before: $before, after: $after})`;

export async function writeAudit(
  tx: ManagedTransaction,
  entry: AuditEntry,
  at: string,
): Promise<string> {
  const id = `audit:${randomUUID()}`;
  await tx.run(CREATE_AUDIT, {
    id,
    at,
    actor: entry.actor,
    tokenId: entry.tokenId,
    action: entry.action,
    target: entry.target,
    before:
      entry.before === null || entry.before === undefined ? null : JSON.stringify(entry.before),
    after: entry.after === null || entry.after === undefined ? null : JSON.stringify(entry.after),
  });
  return id;
}
