// An accepted candidate as graph rows, in the shapes the seed loader writes (seed/article-rows.ts):
// the same id prefixes (person:, org:, place:, weapon:, meeting:, exercise:, incident:,
// statement:, agreement:), labels, name properties, date and CAMEO properties, relationships
// (PARTICIPATED_IN, HELD_AT, PARTY_TO, HOLDS_OFFICE, PART_OF, LOCATED_IN) and evidence
// (this source + the quote); plus curatedBy, curatedAt and the candidate's id, so that a
// retraction finds what the acceptance wrote. Pure: names are resolved to ids by the caller.
import { byIso3 } from '../../schema/countries/index.ts';
import {
  AGREEMENT_STATUSES,
  AGREEMENT_TYPES,
  type AgreementStatus,
  type AgreementType,
  type EntityLabel,
  type EventKind,
} from '../../schema/model.ts';
import { parseReducedDate } from '../../schema/reduced-date.ts';
import {
  nameProps,
  quoted,
  type NodeGroup,
  type RelationshipGroup,
  type RelationshipRow,
} from '../write/graph-rows.ts';

export const CANDIDATE_KINDS = [
  'country',
  'person',
  'organization',
  'place',
  'weaponSystem',
  'event',
  'agreement',
] as const;
export type CandidateKind = (typeof CANDIDATE_KINDS)[number];

/** What a reviewer may change before accepting; absent fields keep the extractor's value. */
export interface FactEdit {
  name?: string | null;
  iso3?: string | null;
  country?: string | null;
  office?: string | null;
  eventKind?: string | null;
  parties?: string[] | null;
  participants?: string[] | null;
  date?: string | null;
  place?: string | null;
  status?: string | null;
  agreementType?: string | null;
  cameoCode?: string | null;
}

export interface CandidateFacts {
  id: string;
  kind: CandidateKind;
  sourceId: string;
  quote: string;
  /** The extractor's fields (candidate.ts), the edit already laid over them. */
  fields: Record<string, unknown>;
}

export class FactError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}

const EVENT_KIND_OF: Record<string, EventKind> = {
  MEETING: 'MEETING',
  VISIT: 'MEETING',
  EXERCISE: 'EXERCISE',
  INCIDENT: 'INCIDENT',
  STATEMENT: 'STATEMENT',
};
const EVENT_PREFIX: Record<EventKind, string> = {
  MEETING: 'meeting',
  EXERCISE: 'exercise',
  INCIDENT: 'incident',
  STATEMENT: 'statement',
  COOPERATION: 'cooperation',
};
/** The extractor's wording → the graph's status (the model has no "signed": a signed agreement is agreed). */
const STATUS_OF: Record<string, AgreementStatus> = {
  agreed: 'AGREED',
  signed: 'AGREED',
  'in force': 'IN_FORCE',
  planned: 'PLANNED',
  'under consideration': 'UNDER_CONSIDERATION',
};

export const ENTITY_PREFIX: Record<
  Exclude<CandidateKind, 'country' | 'event' | 'agreement'>,
  [string, EntityLabel]
> = {
  person: ['person', 'Person'],
  organization: ['org', 'Organization'],
  place: ['place', 'Place'],
  weaponSystem: ['weapon', 'WeaponSystem'],
};

/** The label a candidate of this kind becomes. */
export function labelOfKind(kind: CandidateKind): EntityLabel {
  if (kind === 'country') return 'Country';
  if (kind === 'event') return 'Event';
  if (kind === 'agreement') return 'Agreement';
  return ENTITY_PREFIX[kind][1];
}

/** "Kihara Minoru" → "kihara-minoru", as the seed's ids are made. */
export function slug(text: string): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
  return s || 'unnamed';
}

const str = (fields: Record<string, unknown>, key: string): string | null => {
  const v = fields[key];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
};
const list = (fields: Record<string, unknown>, key: string): string[] =>
  Array.isArray(fields[key])
    ? (fields[key] as unknown[]).filter((v): v is string => typeof v === 'string')
    : [];

function country(field: string, code: string): string {
  if (!byIso3(code))
    throw new FactError(
      field,
      `${JSON.stringify(code)} is not an ISO 3166 alpha-3 code of a known country`,
    );
  return `country:${code}`;
}

function dateProps(text: string | null) {
  if (text === null) return { date: null, datePrecision: null };
  const parsed = parseReducedDate(text);
  if (!parsed)
    throw new FactError(
      'date',
      `${JSON.stringify(text)} is not a date like 2022, 2022-09 or 2022-09-08`,
    );
  return { date: parsed.firstDay, datePrecision: parsed.precision };
}

/** The id the fact of a candidate gets when it is not merged into an existing node. */
export function factIdOf(c: CandidateFacts): string {
  const f = c.fields;
  if (c.kind === 'country') return country('iso3', str(f, 'iso3') ?? '');
  if (c.kind === 'event') {
    const kind = EVENT_KIND_OF[str(f, 'eventKind') ?? ''];
    if (!kind)
      throw new FactError(
        'eventKind',
        'must be one of MEETING, VISIT, EXERCISE, INCIDENT, STATEMENT',
      );
    const parts = [...list(f, 'parties'), str(f, 'date') ?? 'undated', str(f, 'place') ?? ''];
    return `${EVENT_PREFIX[kind]}:${slug(parts.join(' '))}-${c.id.slice(-8)}`;
  }
  if (c.kind === 'agreement')
    return `agreement:${slug(str(f, 'name') ?? 'agreement')}-${c.id.slice(-8)}`;
  const name = str(f, 'name');
  if (!name) throw new FactError('name', 'is required');
  return `${ENTITY_PREFIX[c.kind][0]}:${slug(name)}`;
}

export interface FactRows {
  factId: string;
  nodes: NodeGroup[];
  relationships: RelationshipGroup[];
  /** Event ids whose dyad aggregates the write must count. */
  eventIds: string[];
}

export interface RowOptions {
  factId: string;
  /** False when the fact node exists (a merge, a country, a name already in the graph): only evidence and links are added, its properties are left alone. */
  newNode: boolean;
  curatedBy: string;
  curatedAt: string;
  /** Person and Place ids for the names an event names, when the graph has them. */
  resolve: (kind: 'person' | 'place', name: string) => string | null;
}

export function factRows(c: CandidateFacts, options: RowOptions): FactRows {
  const f = c.fields;
  const evidence = quoted(c.sourceId, [c.quote]);
  const curated = { curatedBy: options.curatedBy, curatedAt: options.curatedAt, candidateId: c.id };
  const nodes: NodeGroup[] = [];
  const relationships: RelationshipGroup[] = [];
  const eventIds: string[] = [];
  const { factId } = options;
  const own = (props: Record<string, unknown>) => (options.newNode ? { ...props, ...curated } : {});
  const link = (
    type: RelationshipGroup['type'],
    fromLabel: EntityLabel,
    toLabel: EntityLabel,
    rows: Omit<RelationshipRow, 'evidenceSources' | 'evidenceQuotes'>[],
    extra: Partial<RelationshipGroup> = {},
  ) => {
    if (rows.length === 0) return;
    relationships.push({
      type,
      fromLabel,
      toLabel,
      keyProps: [],
      dateKeys: [],
      ...extra,
      // Who made it only on a relationship this acceptance creates: one it matches (the seed's
      // office of a merged person) stays its writer's, so retracting the candidate keeps it.
      rows: rows.map((r) => ({ ...r, createProps: curated, ...evidence })),
    });
  };

  switch (c.kind) {
    case 'country':
      nodes.push({
        label: 'Country',
        dateKeys: [],
        rows: [{ id: factId, props: {}, ...evidence }],
      });
      break;
    case 'person':
    case 'organization':
    case 'place':
    case 'weaponSystem': {
      const label = ENTITY_PREFIX[c.kind][1];
      const name = str(f, 'name')!;
      const typeProps =
        c.kind === 'organization'
          ? { orgType: null }
          : c.kind === 'place'
            ? { placeType: null }
            : c.kind === 'weaponSystem'
              ? { category: null }
              : {};
      nodes.push({
        label,
        dateKeys: [],
        rows: [{ id: factId, props: own({ ...nameProps(name, []), ...typeProps }), ...evidence }],
      });
      const home = str(f, 'country');
      const homeId = home === null ? null : country('country', home);
      if (c.kind === 'person' && homeId && str(f, 'office')) {
        link(
          'HOLDS_OFFICE',
          'Person',
          'Country',
          [{ from: factId, to: homeId, props: { title: str(f, 'office') } }],
          { keyProps: ['title'] },
        );
      }
      if (c.kind === 'organization' && homeId)
        link('PART_OF', 'Organization', 'Country', [{ from: factId, to: homeId, props: {} }]);
      if (c.kind === 'place' && homeId)
        link('LOCATED_IN', 'Place', 'Country', [{ from: factId, to: homeId, props: {} }]);
      break;
    }
    case 'event': {
      const kind = EVENT_KIND_OF[str(f, 'eventKind') ?? '']!;
      const parties = [...new Set(list(f, 'parties'))].map((p) => country('parties', p));
      const people = list(f, 'participants');
      const place = str(f, 'place');
      const code = str(f, 'cameoCode');
      if (code !== null && !/^\d{2,4}$/.test(code))
        throw new FactError('cameoCode', 'must be 2 to 4 digits');
      const name =
        str(f, 'name') ??
        `${kind === 'MEETING' && str(f, 'eventKind') === 'VISIT' ? 'Visit' : kind[0] + kind.slice(1).toLowerCase()}: ${people.length ? people.join(', ') : parties.map((p) => p.slice(8)).join('–')}${place ? ` in ${place}` : ''}`;
      nodes.push({
        label: 'Event',
        eventKind: kind,
        dateKeys: options.newNode ? ['date'] : [],
        rows: [
          {
            id: factId,
            props: own({
              ...nameProps(name, []),
              ...dateProps(str(f, 'date')),
              cameoCode: code,
              cameoBase: code && code.length >= 3 ? code.slice(0, 3) : null,
              cameoRoot: code ? code.slice(0, 2) : null,
              goldstein: null,
            }),
            ...evidence,
          },
        ],
      });
      if (options.newNode) {
        eventIds.push(factId);
        link(
          'PARTICIPATED_IN',
          'Country',
          'Event',
          parties.map((p) => ({ from: p, to: factId, props: { role: 'PARTICIPANT' } })),
        );
        const personIds = [
          ...new Set(
            people
              .map((p) => options.resolve('person', p))
              .filter((id): id is string => id !== null),
          ),
        ];
        link(
          'PARTICIPATED_IN',
          'Person',
          'Event',
          personIds.map((p) => ({ from: p, to: factId, props: { role: 'PARTICIPANT' } })),
        );
        const placeId = place === null ? null : options.resolve('place', place);
        if (placeId) link('HELD_AT', 'Event', 'Place', [{ from: factId, to: placeId, props: {} }]);
      }
      break;
    }
    case 'agreement': {
      const status =
        STATUS_OF[str(f, 'status') ?? ''] ??
        (AGREEMENT_STATUSES as readonly string[]).find((s) => s === str(f, 'status'));
      if (!status)
        throw new FactError('status', `must be one of ${Object.keys(STATUS_OF).join(', ')}`);
      const type = str(f, 'agreementType') ?? 'OTHER';
      if (!(AGREEMENT_TYPES as readonly string[]).includes(type))
        throw new FactError('agreementType', `must be one of ${AGREEMENT_TYPES.join(', ')}`);
      const name = str(f, 'name');
      if (!name) throw new FactError('name', 'is required');
      const parties = [...new Set(list(f, 'parties'))].map((p) => country('parties', p));
      nodes.push({
        label: 'Agreement',
        dateKeys: options.newNode ? ['date', 'endDate', 'targetDate'] : [],
        rows: [
          {
            id: factId,
            props: own({
              ...nameProps(name, []),
              agreementType: type as AgreementType,
              status,
              ...dateProps(str(f, 'date')),
              endDate: null,
              targetDate: null,
              targetDatePrecision: null,
            }),
            ...evidence,
          },
        ],
      });
      if (options.newNode) {
        link(
          'PARTY_TO',
          'Country',
          'Agreement',
          parties.map((p) => ({ from: p, to: factId, props: { from: null, to: null } })),
          {
            dateKeys: ['from', 'to'],
          },
        );
      }
      break;
    }
  }
  return { factId, nodes, relationships, eventIds };
}
