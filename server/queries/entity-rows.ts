// The shape in which every query returns entities (search, entity, events, agreements, dyad),
// built from what the operation selects (`EntityWants`, from server/graphql/entity-wants.ts):
// the node itself always (one node read), and only when selected its evidence with its
// sources, its relations (up to `first`), the people and states that took part (events), its
// place, its parties (agreements) and the agreements it is party to; a participant's actor, a
// party and a place are entities of their own, projected the same way. Everything is one
// expression inside the root field's one statement (COLLECT subqueries), so no resolver ever
// queries per parent row, and what is not selected is not read.
import { ENTITY_LABELS, type RelationshipType } from '../../schema/model.ts';
import type { Evidence } from '../../schema/graph.ts';
import { formatDate, kindOf, eventKindOf, plainProperties, type RawNode } from './convert.ts';

/** What a selection asks of an entity; `null` parts are not selected. */
export interface EntityWants {
  evidence: boolean;
  /** `first` names the Cypher parameter holding how many relations to read. */
  relations: { first: string; evidence: boolean } | null;
  /** The actor as a full entity, or null when only its id, kind and name are asked. */
  participants: { actor: EntityWants | null } | null;
  place: { entity: EntityWants | null } | null;
  parties: { actor: EntityWants | null } | null;
  agreements: { first: string; agreement: EntityWants } | null;
}

/** Nothing but the node: what `entity(id) { name }` needs. */
export const NODE_ONLY: EntityWants = {
  evidence: false,
  relations: null,
  participants: null,
  place: null,
  parties: null,
  agreements: null,
};

const ref = (x: string) => `{id: ${x}.id, labels: labels(${x}), name: ${x}.name}`;

/** Evidence of a node or relationship, each entry with its Source's title, publisher and url. */
const evidence = (x: string, s: string) =>
  `[i IN range(0, size(coalesce(${x}.evidenceSources, [])) - 1) | {sourceId: ${x}.evidenceSources[i], quote: ${x}.evidenceQuotes[i], source: COLLECT { MATCH (${s}:Source {id: ${x}.evidenceSources[i]}) RETURN ${s} {.title, .publisher, .url} }[0]}]`;

/**
 * The Cypher map expression of entity `n` for `wants`. Variables get a depth suffix: a subquery
 * may not declare a variable of the query around it. `$relTypes` must be bound when relations
 * are wanted.
 */
export function entityProjection(n: string, wants: EntityWants, depth = 0): string {
  const v = (name: string) => `${name}${depth}`;
  const nested = (x: string, w: EntityWants | null) =>
    w ? `, row: ${entityProjection(x, w, depth + 1)}` : '';
  const parts = [`node: {id: ${n}.id, labels: labels(${n}), props: properties(${n})}`];
  if (wants.evidence) parts.push(`evidence: ${evidence(n, v('src'))}`);
  if (wants.participants) {
    const x = v('actor');
    parts.push(
      `participants: CASE WHEN ${n}:Event THEN COLLECT { MATCH (${n})<-[${v('p')}:PARTICIPATED_IN]-(${x}) RETURN {role: ${v('p')}.role, ref: ${ref(x)}${nested(x, wants.participants.actor)}} } ELSE [] END`,
    );
  }
  if (wants.place) {
    const x = v('place');
    parts.push(
      `place: CASE WHEN ${n}:Event THEN COLLECT { MATCH (${n})-[:HELD_AT]->(${x}) RETURN {ref: ${ref(x)}${nested(x, wants.place.entity)}} LIMIT 1 }[0] END`,
    );
  }
  if (wants.parties) {
    const x = v('party');
    parts.push(
      `parties: CASE WHEN ${n}:Agreement THEN COLLECT { MATCH (${x})-[${v('p')}:PARTY_TO]->(${n}) RETURN {ref: ${ref(x)}, from: ${v('p')}.from, to: ${v('p')}.to${nested(x, wants.parties.actor)}} } ELSE [] END`,
    );
  }
  if (wants.relations) {
    const [r, o] = [v('r'), v('other')];
    parts.push(
      `relations: COLLECT { MATCH (${n})-[${r}]-(${o}) WHERE type(${r}) IN $relTypes WITH ${r}, ${o} LIMIT $${wants.relations.first} RETURN {type: type(${r}), out: startNode(${r}) = ${n}, other: ${ref(o)}, props: properties(${r})${wants.relations.evidence ? `, evidence: ${evidence(r, v('rsrc'))}` : ''}} }`,
    );
  }
  if (wants.agreements) {
    const g = v('agreement');
    parts.push(
      `agreements: COLLECT { MATCH (${n})-[:PARTY_TO]->(${g}:Agreement) WITH ${g} ORDER BY ${g}.date DESC, ${g}.id DESC LIMIT $${wants.agreements.first} RETURN ${entityProjection(g, wants.agreements.agreement, depth + 1)} }`,
    );
  }
  return `{${parts.join(', ')}}`;
}

interface Ref {
  id: string;
  labels: string[];
  name: string | null;
}

interface RawEvidence {
  sourceId: string;
  quote: string | null;
  source: { title: string | null; publisher: string | null; url: string | null } | null;
}

/** A projected entity as the statement returns it; absent parts were not selected. */
export interface EntityRowData {
  node: RawNode;
  evidence?: RawEvidence[];
  participants?: { role: string | null; ref: Ref; row?: EntityRowData }[];
  place?: { ref: Ref; row?: EntityRowData } | null;
  parties?: { ref: Ref; from: unknown; to: unknown; row?: EntityRowData }[];
  relations?: {
    type: string;
    out: boolean;
    other: Ref;
    props: Record<string, unknown>;
    evidence?: RawEvidence[];
  }[];
  agreements?: EntityRowData[];
}

const evidenceList = (list: RawEvidence[] | undefined): Evidence[] =>
  (list ?? []).map((e) => ({
    sourceId: e.sourceId,
    sourceTitle: e.source?.title ?? null,
    publisher: e.source?.publisher ?? null,
    url: e.source?.url ?? null,
    quote: e.quote ? e.quote : null,
  }));

/** A reference, or the full entity when the selection projected one. */
function actor(r: Ref, row: EntityRowData | undefined) {
  if (row) return toEntity(row);
  const kind = kindOf(r.labels);
  return { __typename: ENTITY_LABELS[kind], id: r.id, kind, name: r.name ?? r.id };
}

/** An entity row → the object the GraphQL Entity types resolve from. */
export function toEntity(row: EntityRowData): EntityObject {
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
    evidence: evidenceList(row.evidence),
    eventKind: eventKindOf(labels),
    text: facts.text ?? facts.quote ?? null,
    participants: (row.participants ?? []).map((p) => ({
      role: p.role ?? 'PARTICIPANT',
      actor: actor(p.ref, p.row),
    })),
    place: row.place ? actor(row.place.ref, row.place.row) : null,
    parties: (row.parties ?? []).map((p) => ({
      actor: actor(p.ref, p.row),
      from: formatDate(p.from),
      to: formatDate(p.to),
    })),
    relations: (row.relations ?? []).map((r) => ({
      type: r.type as RelationshipType,
      direction: r.out ? ('OUT' as const) : ('IN' as const),
      other: { id: r.other.id, kind: kindOf(r.other.labels), name: r.other.name ?? r.other.id },
      role: (r.props.role ?? r.props.title ?? null) as string | null,
      from: formatDate(r.props.from),
      to: formatDate(r.props.to),
      evidence: evidenceList(r.evidence),
    })),
    agreements: (row.agreements ?? []).map(toEntity),
  };
}

/** What an Entity resolves from; an actor given only as a reference has just the first four. */
export interface EntityObject extends Record<string, unknown> {
  __typename: (typeof ENTITY_LABELS)[keyof typeof ENTITY_LABELS];
  id: string;
  kind: keyof typeof ENTITY_LABELS;
  name: string;
  aliases?: string[];
  evidence?: Evidence[];
  participants?: { role: string; actor: EntityObject }[];
  place?: EntityObject | null;
  parties?: { actor: EntityObject; from: string | null; to: string | null }[];
  relations?: {
    type: RelationshipType;
    direction: 'OUT' | 'IN';
    other: { id: string; kind: keyof typeof ENTITY_LABELS; name: string };
    role: string | null;
    from: string | null;
    to: string | null;
    evidence: Evidence[];
  }[];
  agreements?: EntityObject[];
}
