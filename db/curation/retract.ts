// Retracting an accepted candidate's fact, in one write transaction with its audit record:
// what the acceptance created goes, what it added to nodes that stay is taken off them, and the
// aggregates it fed (dyad buckets of an event, agreement pairs) are rebuilt.
import { writeAudit } from './audit.ts';
import type { Principal } from './tokens.ts';
import {
  ANY,
  candidateAfter,
  CurationError,
  inWrite,
  readCandidate,
  who,
  type CurationDb,
  type CurationHooks,
} from './review.ts';
import { refreshCountryPairs } from '../write/agreement-pairs.ts';
import { recountDyadMonths } from '../write/dyad-aggregates.ts';

/** Removes the candidate's quote ($sourceId, $quote) from the evidence of `v`. */
const WITHOUT_QUOTE = (v: string) => `
  WITH ${v}, [i IN range(0, size(coalesce(${v}.evidenceSources, [])) - 1)
           WHERE NOT (${v}.evidenceSources[i] = $sourceId AND ${v}.evidenceQuotes[i] = $quote)] AS kept
  SET ${v}.evidenceSources = [i IN kept | ${v}.evidenceSources[i]],
      ${v}.evidenceQuotes = [i IN kept | ${v}.evidenceQuotes[i]]`;

/**
 * Retracts an accepted candidate's fact (by the candidate's id, or by the id of a fact that
 * exactly one accepted candidate created): what the acceptance created goes (a new node with
 * its relationships; an event's dyad buckets are rebuilt without it), what it added to an
 * existing node (its quote, its links) is removed. The candidate and the audit trail stay.
 */
export async function retractFact(
  db: CurationDb,
  principal: Principal,
  id: string,
  hooks: CurationHooks = {},
): Promise<Record<string, unknown>> {
  return inWrite(db, 'retractFact', hooks, async (tx, at) => {
    let candidateId = id;
    if (!id.startsWith('candidate:')) {
      const found = await tx.run(
        `MATCH (c:Candidate {factId: $id, status: 'ACCEPTED'}) RETURN collect(c.id) AS ids, collect(c.createdFact) AS created`,
        { id },
      );
      const ids = found.records[0]!.get('ids') as string[];
      if (ids.length === 0)
        throw new CurationError(
          'NOT_FOUND',
          'id',
          `id: no accepted candidate made ${JSON.stringify(id)}`,
        );
      if (ids.length > 1) {
        throw new CurationError(
          'BAD_INPUT',
          'id',
          `id: ${ids.length} accepted candidates wrote ${id}; retract one of them by its candidate id (${ids.join(', ')})`,
        );
      }
      candidateId = ids[0]!;
    }
    const stored = await readCandidate(tx, candidateId);
    if (stored.status !== 'ACCEPTED') {
      throw new CurationError(
        'BAD_INPUT',
        'id',
        `id: candidate ${candidateId} is ${stored.status.toLowerCase()}, not accepted`,
      );
    }
    const before = await candidateAfter(tx, candidateId);
    const factId = stored.factId!;
    // The parties of an agreement (or of a membership) the retraction may remove: their pairs'
    // agreement aggregate is rebuilt afterwards.
    const parties = await tx.run(
      `OPTIONAL MATCH (c:Country)-[:PARTY_TO]->(:Agreement {id: $id}) RETURN collect(DISTINCT c.iso3) AS iso3`,
      { id: factId },
    );
    if (stored.createdFact) {
      const isEvent = await tx.run('MATCH (e:Event {id: $id}) RETURN e.id AS id', { id: factId });
      if (isEvent.records.length) await recountDyadMonths(tx, [factId], [factId]);
      await tx.run(
        `MATCH (n:${ANY} {id: $id}) WHERE n.candidateId = $candidateId DETACH DELETE n`,
        {
          id: factId,
          candidateId,
        },
      );
    }
    // Its quote on a node that stays and on the links of that node (an office of a merged person).
    const quote = { id: factId, sourceId: stored.sourceId, quote: stored.quote };
    await tx.run(`MATCH (n:${ANY} {id: $id}) ${WITHOUT_QUOTE('n')}`, quote);
    await tx.run(`MATCH (:${ANY} {id: $id})-[r]-() ${WITHOUT_QUOTE('r')}`, quote);
    // Links the acceptance created go, unless another source now says them too.
    const made = `MATCH (:${ANY} {id: $id})-[r]-() WHERE r.candidateId = $candidateId`;
    await tx.run(
      `${made} AND size(r.evidenceSources) > 0 SET r.candidateId = null, r.curatedBy = null, r.curatedAt = null`,
      { id: factId, candidateId },
    );
    await tx.run(`${made} DELETE r`, { id: factId, candidateId });
    await refreshCountryPairs(tx, parties.records[0]!.get('iso3') as string[]);
    await tx.run(
      `MATCH (c:Candidate {id: $id}) SET c.status = 'RETRACTED', c.retractedBy = $by, c.retractedAt = datetime($at)`,
      { id: candidateId, by: principal.name, at },
    );
    const after = await candidateAfter(tx, candidateId);
    await writeAudit(
      tx,
      {
        ...who(principal),
        action: 'FACT_RETRACTED',
        target: candidateId,
        before,
        after: { ...after, factId },
      },
      at,
    );
    return after;
  });
}
