// What kind of node an id names (from its prefix), and which kinds each link may join. The
// loader takes labels from here, so an id's prefix is also the only way a label is chosen.
import type { EntityLabel } from '../../schema/model.ts';

export type RecordKind =
  | 'country'
  | 'person'
  | 'org'
  | 'weapon'
  | 'place'
  | 'event'
  | 'statement'
  | 'agreement'
  | 'source';

const PREFIX_KINDS: Record<string, RecordKind> = {
  country: 'country',
  person: 'person',
  org: 'org',
  weapon: 'weapon',
  place: 'place',
  meeting: 'event',
  exercise: 'event',
  incident: 'event',
  cooperation: 'event',
  statement: 'statement',
  agreement: 'agreement',
  source: 'source',
};

/** The kind an id names, from its prefix; undefined for an unknown prefix. */
export function kindOf(id: string): RecordKind | undefined {
  return PREFIX_KINDS[id.slice(0, id.indexOf(':'))];
}

/** The Neo4j label that identifies (and indexes) nodes of each kind. */
export const KIND_LABELS: Record<RecordKind, EntityLabel> = {
  country: 'Country',
  person: 'Person',
  org: 'Organization',
  weapon: 'WeaponSystem',
  place: 'Place',
  event: 'Event',
  statement: 'Event',
  agreement: 'Agreement',
  source: 'Source',
};

const ACTORS: RecordKind[] = ['country', 'person', 'org'];
const EVENTS: RecordKind[] = ['event', 'statement'];
const TOPICS: RecordKind[] = [...ACTORS, 'weapon', 'place', 'event', 'agreement'];

/** The kinds that the target of each link may have. */
export const LINK_TARGETS = {
  participant: ACTORS,
  speaker: ['person', 'org'],
  place: ['place'],
  concerns: TOPICS,
  about: [...TOPICS, 'statement'],
  partOf: EVENTS,
  party: ACTORS,
  producedBy: EVENTS,
} satisfies Record<string, RecordKind[]>;

/** For the free-standing relations: the kinds allowed at each end. */
export const RELATION_ENDS: Record<string, { from: RecordKind[]; to: RecordKind[] }> = {
  HOLDS_OFFICE: { from: ['person'], to: ['org', 'country'] },
  PART_OF: { from: ['org'], to: ['org', 'country'] },
  DEVELOPS: { from: ['country', 'org'], to: ['weapon'] },
  DEPLOYS: { from: ['country', 'org'], to: ['weapon'] },
  LOCATED_IN: { from: ['place'], to: ['place', 'country'] },
};
