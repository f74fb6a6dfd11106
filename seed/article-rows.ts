// The article's validated records as graph rows: one node per record, one relationship per
// link, each with its quotes (a link without its own quotes carries its record's).
import type { EntityLabel, EventKind, RelationshipType } from '../schema/model.ts';
import { parseReducedDate } from '../schema/reduced-date.ts';
import { KIND_LABELS, kindOf } from './article/record-kinds.ts';
import type { SeedRecords, StatementRecord, EventRecord } from './article/records-schema.ts';
import {
  groupBy,
  nameProps,
  quoted,
  type Evidence,
  type NodeGroup,
  type NodeRow,
  type RelationshipGroup,
} from '../db/write/graph-rows.ts';

/** '2022-09' → first day and precision; absent → nulls, so a rerun removes a deleted date. */
function dateProps(key: string, text: string | undefined, precisionKey: string) {
  const parsed = text === undefined ? undefined : parseReducedDate(text);
  return { [key]: parsed?.firstDay ?? null, [precisionKey]: parsed?.precision ?? null };
}

function cameoProps(code: string | undefined, goldstein: number | undefined) {
  return {
    cameoCode: code ?? null,
    cameoBase: code && code.length >= 3 ? code.slice(0, 3) : null,
    cameoRoot: code ? code.slice(0, 2) : null,
    goldstein: goldstein ?? null,
  };
}

interface NamedRecord {
  id: string;
  name: string;
  aliases: string[];
  evidence: string[];
}

function labelOf(id: string) {
  return KIND_LABELS[kindOf(id)!];
}

export interface ArticleRows {
  nodes: NodeGroup[];
  relationships: RelationshipGroup[];
  eventIds: string[];
  /** Article evidence for the countries it names, merged into the reference Country rows. */
  countryMentions: Map<string, Evidence>;
}

export function articleRows(records: SeedRecords): ArticleRows {
  const sourceId = records.source.id;
  const cite = (quotes: readonly string[]) => quoted(sourceId, quotes);
  const nodes = new Map<string, NodeGroup>();
  const rels = new Map<string, RelationshipGroup>();

  const node = (group: Omit<NodeGroup, 'rows'>, row: NodeRow) =>
    groupBy(nodes, `${group.label}:${group.eventKind ?? ''}`, () => ({ ...group, rows: [] }), row);

  const link = (
    type: RelationshipType,
    from: string,
    to: string,
    quotes: readonly string[],
    props: Record<string, unknown> = {},
  ) => {
    const [fromLabel, toLabel] = [labelOf(from), labelOf(to)];
    const create = (): RelationshipGroup => ({
      type,
      fromLabel,
      toLabel,
      keyProps: type === 'HOLDS_OFFICE' ? ['title'] : [],
      dateKeys: type === 'PARTY_TO' ? ['from', 'to'] : [],
      rows: [],
    });
    groupBy(rels, `${type}:${fromLabel}:${toLabel}`, create, { from, to, props, ...cite(quotes) });
  };

  const { source } = records;
  node(
    { label: 'Source', dateKeys: ['publishedAt'] },
    {
      id: source.id,
      props: {
        ...nameProps(source.title, []),
        title: source.title,
        publisher: source.publisher,
        url: source.url ?? null,
        dataset: null,
        dateNote: source.dateNote,
        ...dateProps('publishedAt', source.publishedAt, 'datePrecision'),
      },
      ...cite(source.evidence),
    },
  );

  // Actors and things: a name, aliases and at most one type property each.
  const entity = (label: EntityLabel, record: NamedRecord, typeProps = {}) =>
    node(
      { label, dateKeys: [] },
      {
        id: record.id,
        props: { ...nameProps(record.name, record.aliases), ...typeProps },
        ...cite(record.evidence),
      },
    );
  for (const p of records.people) entity('Person', p);
  for (const o of records.organizations) entity('Organization', o, { orgType: o.orgType });
  for (const w of records.weaponSystems) entity('WeaponSystem', w, { category: w.category });
  for (const p of records.places) entity('Place', p, { placeType: p.placeType });

  const eventIds: string[] = [];
  const event = (record: EventRecord | StatementRecord, kind: EventKind, extra: object) => {
    eventIds.push(record.id);
    node(
      { label: 'Event', eventKind: kind, dateKeys: ['date'] },
      {
        id: record.id,
        props: {
          ...nameProps(record.name, record.aliases),
          ...dateProps('date', record.date, 'datePrecision'),
          ...cameoProps(record.cameoCode, record.goldstein),
          ...extra,
        },
        ...cite(record.evidence),
      },
    );
    if (record.place) {
      link('HELD_AT', record.id, record.place.to, record.place.evidence ?? record.evidence);
    }
    for (const p of record.participants) {
      link('PARTICIPATED_IN', p.actor, record.id, p.evidence ?? record.evidence, { role: p.role });
    }
    for (const c of record.concerns)
      link('CONCERNS', record.id, c.to, c.evidence ?? record.evidence);
  };
  for (const e of records.events) event(e, e.kind, {});
  for (const s of records.statements) {
    event(s, 'STATEMENT', { text: s.text });
    link('STATED', s.speaker.id, s.id, s.speaker.evidence ?? s.evidence);
    for (const a of s.about) link('ABOUT', s.id, a.to, a.evidence ?? s.evidence);
    if (s.partOf) link('PART_OF', s.id, s.partOf.to, s.partOf.evidence ?? s.evidence);
  }

  for (const a of records.agreements) {
    node(
      { label: 'Agreement', dateKeys: ['date', 'endDate', 'targetDate'] },
      {
        id: a.id,
        props: {
          ...nameProps(a.name, a.aliases),
          agreementType: a.agreementType,
          status: a.status,
          ...dateProps('date', a.date, 'datePrecision'),
          // endDate shares datePrecision (as the API reads it); the schema has no other slot.
          endDate: a.endDate === undefined ? null : parseReducedDate(a.endDate)!.firstDay,
          ...dateProps('targetDate', a.targetDate, 'targetDatePrecision'),
        },
        ...cite(a.evidence),
      },
    );
    for (const p of a.parties) {
      const props = {
        from: p.from === undefined ? null : parseReducedDate(p.from)!.firstDay,
        to: p.to === undefined ? null : parseReducedDate(p.to)!.firstDay,
      };
      link('PARTY_TO', p.actor, a.id, p.evidence ?? a.evidence, props);
    }
    for (const p of a.producedBy) link('PRODUCED', p.to, a.id, p.evidence ?? a.evidence);
    for (const c of a.concerns) link('CONCERNS', a.id, c.to, c.evidence ?? a.evidence);
  }

  for (const r of records.relations) {
    link(r.type, r.from, r.to, r.evidence, r.title === undefined ? {} : { title: r.title });
  }

  const countryMentions = new Map(records.countries.map((c) => [c.id, cite(c.evidence)]));
  return {
    nodes: [...nodes.values()],
    relationships: [...rels.values()],
    eventIds,
    countryMentions,
  };
}
