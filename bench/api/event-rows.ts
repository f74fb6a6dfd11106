// Synthetic events: two states each (weighted towards the hubs), one to four of their officials,
// a place in the host state, a CAMEO code that fits the event kind, a Goldstein score, and
// evidence from the synthetic dataset or a news article published that day.
import type { EventKind, ParticipantRole } from '../../schema/model.ts';
import { cameoLabel } from '../../schema/cameo/labels.ts';
import { evidence, type Actors } from './actor-rows.ts';
import { articleForDay, dayToIso, eventDay, SIZES } from './graph-plan.ts';
import { neoDate } from './names.ts';
import { pick, pickWeighted, streamOf, type Random } from './random.ts';

/** Shares of each kind, roughly those of a defense-relations GDELT import. */
const KIND_SHARES: Record<EventKind, number> = {
  MEETING: 35,
  STATEMENT: 25,
  COOPERATION: 20,
  INCIDENT: 12,
  EXERCISE: 8,
};

/** CAMEO codes per kind, consistent with seed/import/cameo/event-kinds.ts. */
const CAMEO_BY_KIND: Record<EventKind, readonly string[]> = {
  MEETING: ['040', '042', '043', '044', '046', '0421'],
  STATEMENT: ['010', '013', '020', '031', '0312', '036', '051', '057', '111', '120'],
  COOPERATION: ['061', '062', '070', '072', '074', '081'],
  INCIDENT: ['130', '138', '141', '160', '173', '181', '190', '193'],
  EXERCISE: ['150', '151', '152', '154'],
};

/** A typical Goldstein score per CAMEO root (the scale runs from -10 to +10). */
const GOLDSTEIN_BY_ROOT: Record<string, number> = {
  '01': 0,
  '02': 3,
  '03': 5.2,
  '04': 3.8,
  '05': 3.5,
  '06': 6.4,
  '07': 7,
  '08': 5,
  '11': -2,
  '12': -4,
  '13': -6.4,
  '14': -6.5,
  '15': -7.2,
  '16': -4,
  '17': -7,
  '18': -9,
  '19': -10,
};

const ROLES: Record<EventKind, [ParticipantRole, ParticipantRole]> = {
  MEETING: ['HOST', 'VISITOR'],
  STATEMENT: ['SOURCE', 'TARGET'],
  INCIDENT: ['SOURCE', 'TARGET'],
  COOPERATION: ['PARTICIPANT', 'PARTICIPANT'],
  EXERCISE: ['PARTICIPANT', 'PARTICIPANT'],
};

export interface Participant {
  id: string;
  role: ParticipantRole;
}

export interface EventRow {
  id: string;
  kind: EventKind;
  props: Record<string, unknown>;
  countries: Participant[];
  people: Participant[];
  place: string;
  /** The official who made a statement (STATED), for statements. */
  speaker: string | null;
}

/** An official of state `s`; a few officials (ministers) take part in most of its events. */
function official(random: Random, actors: Actors, state: number): string {
  const pool = actors.peopleByState[state]!;
  return actors.people[pool[Math.floor(random() ** 2.5 * pool.length)]!]!.id;
}

function datePrecision(random: Random): 'DAY' | 'MONTH' | 'YEAR' {
  const u = random();
  return u < 0.88 ? 'DAY' : u < 0.98 ? 'MONTH' : 'YEAR';
}

/** Event `i`: the same row whatever the batch it is written in. */
export function eventRow(actors: Actors, i: number): EventRow {
  const random = streamOf(SIZES.seed, 'event', i);
  const kind = pickWeighted(random, KIND_SHARES);
  const [a, b] = actors.plan.byEvents.drawDistinct(random, 2) as [number, number];
  const [stateA, stateB] = [actors.plan.states[a]!, actors.plan.states[b]!];
  const day = eventDay(random());
  const precision = datePrecision(random);
  const iso = dayToIso(day);
  const first =
    precision === 'DAY'
      ? iso
      : precision === 'MONTH'
        ? `${iso.slice(0, 7)}-01`
        : `${iso.slice(0, 4)}-01-01`;
  const code = pick(random, CAMEO_BY_KIND[kind]);
  const goldstein =
    Math.round(((GOLDSTEIN_BY_ROOT[code.slice(0, 2)] ?? 0) + random() - 0.5) * 10) / 10;
  const [roleA, roleB] = ROLES[kind];
  const headcount = [1, 2, 2, 3, 3, 3, 4, 4, 4, 4][Math.floor(random() * 10)]!;
  const people = new Map<string, ParticipantRole>();
  for (let k = 0; k < headcount; k++) {
    const side = k % 2 === 0 ? a : b;
    people.set(official(random, actors, side), side === a ? roleA : roleB);
  }
  const host = random() < 0.8 ? a : b;
  const hostPlaces = actors.placesByState[host]!;
  const place = actors.places[pick(random, hostPlaces)]!;
  const fromArticle = random() < 0.4;
  const name = `${stateA.name} — ${stateB.name}: ${cameoLabel(code) ?? 'CAMEO event'} (${code})`;
  const quote = `${cameoLabel(code) ?? code}: ${stateA.name} and ${stateB.name}, at ${place.props.name as string}.`;
  return {
    id: `event:bench:${i}`,
    kind,
    props: {
      name,
      aliases: [],
      aliasText: '',
      date: neoDate(first),
      datePrecision: precision,
      cameoCode: code,
      cameoBase: code.slice(0, 3),
      cameoRoot: code.slice(0, 2),
      goldstein,
      ...evidence(fromArticle ? articleForDay(day) : null, fromArticle ? quote : ''),
    },
    countries: [
      { id: stateA.id, role: roleA },
      { id: stateB.id, role: roleB },
    ],
    people: [...people].map(([id, role]) => ({ id, role })),
    place: place.id,
    speaker: kind === 'STATEMENT' ? official(random, actors, a) : null,
  };
}
