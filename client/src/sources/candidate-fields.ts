// What a candidate says, in words, and which of its fields a reviewer may edit, per kind (the
// API's CandidateEdit). Pure: the card, the queue and the edit form share it.
import type { CandidateEdit } from '../../../schema/generated/graphql.ts';
import type { PropertyValue } from '../../../schema/graph.ts';

export type CandidateFields = Record<string, PropertyValue>;

export type EditField = keyof CandidateEdit;

/** Fields that are lists (typed as comma-separated values in the form). */
export const LIST_FIELDS: ReadonlySet<EditField> = new Set(['parties', 'participants']);

export const EDIT_FIELDS: Record<string, readonly EditField[]> = {
  country: ['name', 'iso3'],
  person: ['name', 'country', 'office'],
  organization: ['name', 'country'],
  place: ['name', 'country'],
  weaponSystem: ['name', 'country'],
  event: ['name', 'eventKind', 'date', 'place', 'parties', 'participants', 'cameoCode'],
  agreement: ['name', 'status', 'agreementType', 'date', 'parties'],
};

export const FIELD_LABELS: Record<EditField, string> = {
  name: 'Name',
  iso3: 'ISO3',
  country: 'Country (ISO3)',
  office: 'Office',
  eventKind: 'Event kind',
  parties: 'Parties (ISO3, comma-separated)',
  participants: 'Participants (comma-separated)',
  date: 'Date (2023, 2023-05 or 2023-05-05)',
  place: 'Place',
  status: 'Status',
  agreementType: 'Agreement type',
  cameoCode: 'CAMEO code',
};

export const KIND_LABELS: Record<string, string> = {
  country: 'Country',
  person: 'Person',
  organization: 'Organization',
  place: 'Place',
  weaponSystem: 'Weapon system',
  event: 'Event',
  agreement: 'Agreement',
};

/** Kinds a merge may join to an existing node (the API refuses a merge across kinds). */
export const MERGE_KINDS: Record<string, string> = {
  person: 'PERSON',
  organization: 'ORGANIZATION',
  place: 'PLACE',
  weaponSystem: 'WEAPON_SYSTEM',
  country: 'COUNTRY',
  event: 'EVENT',
};

/** The extractor's fields with the reviewer's edit laid over them. */
export function effectiveFields(
  fields: CandidateFields,
  edit: CandidateFields | null,
): CandidateFields {
  return { ...fields, ...(edit ?? {}) };
}

const text = (value: PropertyValue | undefined): string =>
  value === null || value === undefined
    ? ''
    : Array.isArray(value)
      ? value.join(', ')
      : String(value);

/** One line naming the candidate: "Mariusz Blaszczak · Defense Minister · POL". */
export function describeCandidate(kind: string, fields: CandidateFields): string {
  const parts =
    kind === 'country'
      ? [fields.iso3]
      : kind === 'event'
        ? [fields.name, fields.eventKind, fields.parties, fields.date ?? 'undated', fields.place]
        : kind === 'agreement'
          ? [fields.name, fields.status, fields.parties]
          : [fields.name, fields.office, fields.country];
  return parts.map(text).filter(Boolean).join(' · ') || KIND_LABELS[kind] || kind;
}

/** The form's starting values: every editable field as text. */
export function formValues(kind: string, fields: CandidateFields): Record<string, string> {
  return Object.fromEntries((EDIT_FIELDS[kind] ?? ['name']).map((f) => [f, text(fields[f])]));
}

/**
 * The edit to send: only the fields the reviewer changed, lists split on commas; an emptied
 * field is sent as null (the API then drops the extractor's value).
 */
export function editFrom(
  kind: string,
  fields: CandidateFields,
  values: Record<string, string>,
): CandidateEdit {
  const edit: Record<string, string | string[] | null> = {};
  for (const field of EDIT_FIELDS[kind] ?? ['name']) {
    const value = (values[field] ?? '').trim();
    if (value === text(fields[field]).trim()) continue;
    if (LIST_FIELDS.has(field)) {
      edit[field] = value
        ? value
            .split(',')
            .map((v) => v.trim())
            .filter(Boolean)
        : [];
    } else edit[field] = value || null;
  }
  return edit as CandidateEdit;
}

const INITIAL = /^[A-Z]\.?$/;
const SUFFIX = /^(Jr\.?|Sr\.?|II|III|IV)$/;

/**
 * What to search for an entity a candidate may be: the search API wants every word, so "Lloyd
 * J. Austin III" finds nothing; without initials and suffixes it is "Lloyd Austin", and the
 * last name alone finds the rest. At most three, the most specific first, none repeated.
 */
export function searchVariants(name: string): string[] {
  const text = name.trim().replace(/\s+/g, ' ');
  const words = text.split(' ').filter((w) => !INITIAL.test(w) && !SUFFIX.test(w));
  const variants = [text, words.join(' '), words.length > 1 ? words.at(-1)! : ''];
  return [...new Set(variants.filter((v) => v.length >= 2))];
}
