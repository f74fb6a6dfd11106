// One colour per entity kind and per edge kind, shared by the canvas, the legend and the dyad
// chart, so a colour means the same thing everywhere. Hues are far apart and readable on white.
import type { EntityKind } from '../../../schema/generated/graphql.ts';

export const KIND_COLOURS: Readonly<Record<EntityKind, string>> = {
  COUNTRY: '#2b6cb0',
  PERSON: '#dd6b20',
  ORGANIZATION: '#2f855a',
  WEAPON_SYSTEM: '#c53030',
  PLACE: '#319795',
  EVENT: '#805ad5',
  AGREEMENT: '#d53f8c',
  ARMS_TRANSFER: '#975a16',
  SOURCE: '#718096',
};

export const KIND_NAMES: Readonly<Record<EntityKind, string>> = {
  COUNTRY: 'Country',
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  WEAPON_SYSTEM: 'Weapon system',
  PLACE: 'Place',
  EVENT: 'Event',
  AGREEMENT: 'Agreement',
  ARMS_TRANSFER: 'Arms transfer',
  SOURCE: 'Source',
};

/** Edge colours by relationship type; DYAD edges (country network) by what dominates them. */
export const EDGE_COLOURS: Readonly<Record<string, string>> = {
  MEETINGS: '#3182ce',
  EXERCISES: '#dd6b20',
  AGREEMENTS: '#d53f8c',
  CONFLICT: '#c53030',
  DYAD: '#4a5568',
  HOLDS_OFFICE: '#ed8936',
  PART_OF: '#38a169',
  PARTICIPATED_IN: '#805ad5',
  HELD_AT: '#319795',
  LOCATED_IN: '#4fd1c5',
  PARTY_TO: '#d53f8c',
  PRODUCED: '#b794f4',
  CONCERNS: '#e53e3e',
  DEVELOPS: '#9b2c2c',
  DEPLOYS: '#f56565',
  STATED: '#d69e2e',
  ABOUT: '#a0aec0',
};

export const EDGE_FALLBACK_COLOUR = '#a0aec0';

export function edgeColour(kind: string): string {
  return EDGE_COLOURS[kind] ?? EDGE_FALLBACK_COLOUR;
}
