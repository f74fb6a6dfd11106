// The shape in which every query returns entities (search, entity, events, agreements, dyad):
// the node, the people and states that took part (events) or are party (agreements), and,
// when the selection asks for them, its relations. Built inside the one statement of each
// root field, so no resolver ever queries per parent row.
import { ENTITY_LABELS, type RelationshipType } from '../../schema/model.ts';
import type { SourceIndex } from './convert.ts';
import {
  evidenceOf,
  formatDate,
  kindOf,
  eventKindOf,
  plainProperties,
  type RawNode,
} from './convert.ts';
import { node } from './fragments.ts';

/** Columns of an entity row; `n` must be bound, and for relations `$relTypes`, `$relationsFirst`. */
export const entityRow = (n: string) => `{
  node: ${node(n)},
  participants: CASE WHEN ${n}:Event THEN [(${n})<-[p:PARTICIPATED_IN]-(x) | {role: p.role, id: x.id, labels: labels(x), name: x.name}] ELSE [] END,
  place: CASE WHEN ${n}:Event THEN head([(${n})-[:HELD_AT]->(pl) | {id: pl.id, labels: labels(pl), name: pl.name}]) END,
  parties: CASE WHEN ${n}:Agreement THEN [(x)-[p:PARTY_TO]->(${n}) | {id: x.id, labels: labels(x), name: x.name, from: p.from, to: p.to}] ELSE [] END,
  relations: relations
}`;

/** Binds `relations` for `n`: up to $relationsFirst of its relationships, or none. */
export const relationsOf = (n: string, wanted: boolean) =>
  wanted
    ? `CALL {
  WITH ${n}
  MATCH (${n})-[r]-(o)
  WHERE type(r) IN $relTypes
  WITH ${n}, r, o LIMIT $relationsFirst
  RETURN collect({type: type(r), out: startNode(r) = ${n}, other: {id: o.id, labels: labels(o), name: o.name}, props: properties(r)}) AS relations
}`
    : `WITH *, [] AS relations`;

/** Every evidence list of a list of entity rows, for fragments.sources(). */
export const rowEvidenceLists = (rows: string) =>
  `[x IN ${rows} | x.node.props.evidenceSources] + reduce(acc = [], x IN ${rows} | acc + [r IN x.relations | r.props.evidenceSources])`;

interface Ref {
  id: string;
  labels: string[];
  name: string | null;
}

export interface EntityRowData {
  node: RawNode;
  participants: (Ref & { role: string })[];
  place: Ref | null;
  parties: (Ref & { from: unknown; to: unknown })[];
  relations: { type: string; out: boolean; other: Ref; props: Record<string, unknown> }[];
}

const ref = (r: Ref) => ({ id: r.id, kind: kindOf(r.labels), name: r.name ?? r.id });

/** An entity row → the object the GraphQL Entity types resolve from. */
export function toEntity(row: EntityRowData, sources: SourceIndex) {
  const { props, labels } = row.node;
  const kind = kindOf(labels);
  const facts = plainProperties(props);
  return {
    ...facts,
    // GraphQL type names are the Neo4j labels.
    __typename: ENTITY_LABELS[kind],
    id: row.node.id,
    kind,
    name: String(props.name ?? row.node.id),
    aliases: (props.aliases as string[] | undefined) ?? [],
    evidence: evidenceOf(props, sources),
    eventKind: eventKindOf(labels),
    text: facts.text ?? facts.quote ?? null,
    participants: row.participants.map((p) => ({ role: p.role ?? 'PARTICIPANT', actor: ref(p) })),
    place: row.place ? ref(row.place) : null,
    parties: row.parties.map((p) => ({
      actor: ref(p),
      from: formatDate(p.from),
      to: formatDate(p.to),
    })),
    relations: row.relations.map((r) => ({
      type: r.type as RelationshipType,
      direction: r.out ? ('OUT' as const) : ('IN' as const),
      other: ref(r.other),
      role: (r.props.role ?? r.props.title ?? null) as string | null,
      from: formatDate(r.props.from),
      to: formatDate(r.props.to),
      evidence: evidenceOf(r.props, sources),
    })),
  };
}

export type EntityObject = ReturnType<typeof toEntity>;
