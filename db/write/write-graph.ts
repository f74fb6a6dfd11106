// Batched, idempotent writes: one `UNWIND $rows ... MERGE` statement per node label and per
// relationship type, all inside the caller's transaction. Labels and types are spliced into the
// text only after a check against the allowlists of schema/model.ts; every value is a parameter.
import type { ManagedTransaction } from 'neo4j-driver';
import { EVENT_LABELS } from '../../schema/model.ts';
import { checkedLabel as label, checkedType } from './dataset-rows.ts';
import type { NodeGroup, RelationshipGroup } from './graph-rows.ts';

const PROPERTY_KEY = /^[a-zA-Z][a-zA-Z0-9]*$/;

function keys(names: readonly string[]): readonly string[] {
  for (const key of names) if (!PROPERTY_KEY.test(key)) throw new Error(`bad property "${key}"`);
  return names;
}

/**
 * Evidence from this write's sources replaces what those sources said before (so an edited
 * quote does not linger); evidence from any other source (an importer) is kept.
 */
const MERGE_EVIDENCE = (v: string) => `
WITH ${v}, row, [i IN range(0, size(coalesce(${v}.evidenceSources, [])) - 1)
                 WHERE NOT ${v}.evidenceSources[i] IN row.evidenceSources] AS kept
WITH ${v}, row, [i IN kept | ${v}.evidenceSources[i]] + row.evidenceSources AS sources,
              [i IN kept | ${v}.evidenceQuotes[i]] + row.evidenceQuotes AS quotes
SET ${v}.evidenceSources = sources, ${v}.evidenceQuotes = quotes
RETURN count(*) AS written`;

const dateSets = (v: string, dateKeys: readonly string[]) =>
  keys(dateKeys)
    .map((key) => `, ${v}.${key} = date(row.props.${key})`)
    .join('');

export function nodeStatement(group: NodeGroup): string {
  const primary = label(group.label);
  const kindLabel = group.eventKind ? `, n:${EVENT_LABELS[group.eventKind]}` : '';
  // Events record the batch that created them (ON CREATE only): the dyad aggregates count an
  // event once, in the transaction that created it (db/write/dyad-aggregates.ts).
  const onCreate = primary === 'Event' ? 'ON CREATE SET n.importBatch = $batch' : '';
  return `UNWIND $rows AS row
MERGE (n:${primary} {id: row.id})
${onCreate}
SET n += row.props${kindLabel}${dateSets('n', group.dateKeys)}
${MERGE_EVIDENCE('n')}`;
}

export function relationshipStatement(group: RelationshipGroup): string {
  const type = checkedType(group.type);
  const key = keys(group.keyProps)
    .map((k) => `${k}: row.props.${k}`)
    .join(', ');
  return `UNWIND $rows AS row
MATCH (a:${label(group.fromLabel)} {id: row.from})
MATCH (b:${label(group.toLabel)} {id: row.to})
MERGE (a)-[r:${type}${key ? ` {${key}}` : ''}]->(b)
ON CREATE SET r += coalesce(row.createProps, {})
SET r += row.props${dateSets('r', group.dateKeys)}
${MERGE_EVIDENCE('r')}`;
}

export interface WriteCounts {
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
}

async function run(
  tx: ManagedTransaction,
  cypher: string,
  params: Record<string, unknown>,
  expected: number,
  what: string,
  counts: WriteCounts,
): Promise<void> {
  const result = await tx.run(cypher, params);
  // A relationship whose end is missing matches nothing and would vanish silently; validation
  // rules that out, and this makes sure (throwing rolls the whole transaction back).
  const written = Number(result.records[0]?.get('written') ?? 0);
  if (written !== expected) throw new Error(`${what}: wrote ${written} of ${expected} rows`);
  const updates = result.summary.counters.updates();
  counts.nodesCreated += updates.nodesCreated;
  counts.relationshipsCreated += updates.relationshipsCreated;
  counts.propertiesSet += updates.propertiesSet;
}

export async function writeNodes(
  tx: ManagedTransaction,
  groups: readonly NodeGroup[],
  batch: string,
  counts: WriteCounts,
): Promise<void> {
  for (const group of groups) {
    const what = group.eventKind ? `Event:${group.eventKind}` : group.label;
    await run(
      tx,
      nodeStatement(group),
      { rows: group.rows, batch },
      group.rows.length,
      what,
      counts,
    );
  }
}

export async function writeRelationships(
  tx: ManagedTransaction,
  groups: readonly RelationshipGroup[],
  counts: WriteCounts,
): Promise<void> {
  for (const group of groups) {
    const what = `${group.fromLabel}-${group.type}->${group.toLabel}`;
    await run(
      tx,
      relationshipStatement(group),
      { rows: group.rows },
      group.rows.length,
      what,
      counts,
    );
  }
}
