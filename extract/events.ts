// Events reported in a sentence: a trigger word (event-triggers.ts), its participants (the
// people named before and after it, or, for "the two leaders met", those of the last meeting),
// its date (the sentence's date phrase nearest the trigger, else none), its place, its parties
// (the participants' countries, and a visit's destination). Who is which country, for people
// whose title names none, is settled by person-countries.ts before the parties are counted.
import type { EventDraft } from './event-draft.ts';
import type { Person } from './people.ts';
import { FUTURE_MEETING, NEGATION, PLANNING, TRIGGERS, type Trigger } from './event-triggers.ts';
import { settleCountries } from './person-countries.ts';
import { PLURAL_ANAPHOR, type SentenceFacts } from './sentence-facts.ts';

const BASE_CONFIDENCE: Record<string, number> = {
  'event:met': 0.85,
  'event:talks': 0.85,
  'event:hosted': 0.8,
  'event:phone': 0.8,
  'event:called-on': 0.7,
  'event:visit': 0.8,
  'event:meeting-noun': 0.7,
  'event:exercise': 0.6,
  'event:aggression': 0.5,
  'event:missile-firing': 0.5,
};

const unique = <T>(items: T[]) => [...new Set(items)];

function nearest<T extends { start: number }>(items: T[], at: number): T | null {
  const after = items.filter((i) => i.start >= at);
  const pool = after.length ? after : items;
  return pool.sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0] ?? null;
}

/** Countries named as actors around a noun ("China and Russia's joint exercise"), not places. */
function actorCountries(f: SentenceFacts, from: number, to: number): string[] {
  const text = f.sentence.text;
  return unique(
    f.countries
      .filter((c) => c.start >= from && c.end <= to)
      .filter((c) => {
        const before = text.slice(0, c.start - f.sentence.start);
        return !/\b(?:around|near|off|in|over|into|against|toward|towards|to|from|at|of)\s+(?:the\s+)?(?:waters\s+of\s+)?$/i.test(
          before,
        );
      })
      .map((c) => c.value.iso3),
  );
}

function clauseAround(f: SentenceFacts, at: number, end: number): [number, number] {
  const text = f.sentence.text;
  const rel = at - f.sentence.start;
  const from = Math.max(
    text.lastIndexOf(',', rel),
    text.lastIndexOf('“', rel),
    text.lastIndexOf('"', rel),
  );
  const next = text.slice(end - f.sentence.start).search(/[,;.”"]/);
  return [f.sentence.start + from + 1, next < 0 ? f.sentence.start + text.length : end + next];
}

/** The people of the trigger's own clause before it: after the last comma, else all before. */
function subjectsOf(f: SentenceFacts, at: number): Person[] {
  const head = f.sentence.text.slice(0, at - f.sentence.start);
  const comma = f.sentence.start + head.lastIndexOf(', ') + 1;
  const before = f.people.filter((p) => p.mention.end <= at);
  const inClause = before.filter((p) => p.mention.start >= comma);
  return (inClause.length ? inClause : before).map((p) => p.person);
}

/** The first person after the trigger, and those listed with it ("A, B, and C"). */
function objectsOf(f: SentenceFacts, end: number): Person[] {
  const after = f.people
    .filter((p) => p.mention.start >= end)
    .sort((a, b) => a.mention.start - b.mention.start);
  const list: Person[] = [];
  let cursor = -1;
  for (const p of after) {
    const gap =
      cursor < 0
        ? ''
        : f.sentence.text.slice(cursor - f.sentence.start, p.mention.start - f.sentence.start);
    if (cursor >= 0 && !/^\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)$/.test(gap)) break;
    list.push(p.person);
    cursor = p.mention.end;
  }
  return list;
}

function draftFor(
  f: SentenceFacts,
  trigger: Trigger,
  m: RegExpMatchArray,
  last: EventDraft | undefined,
): EventDraft | null {
  const text = f.sentence.text;
  const at = f.sentence.start + (m.index ?? 0);
  const end = at + m[0].length;
  const before = text.slice(0, m.index ?? 0);
  const draft: EventDraft = {
    eventKind: trigger.kind,
    cameoCode: trigger.cameoCode,
    participants: [],
    extraParties: [],
    parties: [],
    date: nearest(
      f.dates.filter((d) => d.role === 'point'),
      at,
    ),
    place: nearest(
      f.places.filter((p) => p.rule !== 'place:region'),
      end,
    ),
    negated: NEGATION.test(before) || /\b(?:not|never)\b|n['’]t\b/i.test(m[0]),
    sentenceIndex: f.sentence.index,
    triggerStart: at,
    triggerEnd: end,
    start: f.sentence.start,
    end: f.sentence.start + text.length,
    rules: [trigger.rule],
    confidence: BASE_CONFIDENCE[trigger.rule] ?? 0.6,
    evidence: [],
  };
  if (trigger.kind === 'EXERCISE') {
    if (PLANNING.test(before)) return null;
    const [from, to] = clauseAround(f, at, end);
    draft.extraParties = actorCountries(f, from, to);
    for (const o of f.organizations)
      if (o.country && o.start >= from - 60 && o.end <= to + 60) draft.extraParties.push(o.country);
    draft.extraParties = unique(draft.extraParties);
    return draft.extraParties.length ? draft : null;
  }
  if (trigger.kind === 'INCIDENT') {
    const [from, to] = clauseAround(f, at, end);
    const source = f.countries
      .filter(
        (c) => c.start >= from && c.end <= (trigger.rule === 'event:missile-firing' ? end : at),
      )
      .map((c) => c.value.iso3);
    // The target follows: "aggression against Ukraine", "missiles near waters of Japan".
    const target = /^\s*(?:against|on|near|off|toward|towards|over|into)\b/i.test(
      text.slice(end - f.sentence.start),
    )
      ? f.countries
          .filter((c) => c.start >= end && c.end <= to)
          .map((c) => c.value.iso3)
          .slice(0, 1)
      : [];
    draft.extraParties = unique([...source.slice(-1), ...target]);
    draft.place = null;
    return source.length ? draft : null;
  }
  let subjects = subjectsOf(f, at);
  const objects = objectsOf(f, end);
  // "He also met with ...": a pronoun subject is the last event's first participant.
  if (
    subjects.length === 0 &&
    last?.participants[0] &&
    /\b(?:he|she)\s+(?:\w+\s+){0,2}$/i.test(before)
  ) {
    subjects = [last.participants[0]];
    draft.rules.push('event:pronoun');
    draft.confidence -= 0.1;
  }
  if (trigger.rule === 'event:hosted' && objects.length === 0) return null;
  // A visit's participants are the visitors; whom they met is the meeting's business.
  draft.participants = unique(trigger.kind === 'VISIT' ? subjects : [...subjects, ...objects]);
  if (draft.participants.length < 2 && last && PLURAL_ANAPHOR.test(text)) {
    draft.participants = unique([...draft.participants, ...last.participants]);
    draft.rules.push('event:anaphor');
    draft.confidence -= 0.15;
  }
  // "Park and his U.S. counterpart met": the counterpart's country takes part, unnamed.
  for (const c of f.countries) {
    const rel = c.start - f.sentence.start;
    const relEnd = c.end - f.sentence.start;
    const named = f.people.some((p) => p.mention.start <= c.start && p.mention.end >= c.end);
    if (
      !named &&
      /\b(?:his|her|their)\s+$/i.test(text.slice(0, rel)) &&
      /^\s+counterparts?\b/i.test(text.slice(relEnd))
    )
      draft.extraParties.push(c.value.iso3);
  }
  // "Japan and India held talks": with nobody named, the countries before the verb take part.
  if (draft.participants.length === 0) {
    const [from] = clauseAround(f, at, end);
    draft.extraParties.push(...actorCountries(f, from, at));
  }
  if (trigger.destination) {
    const after = text.slice(end - f.sentence.start);
    const lead = /^\s+(?:the\s+)?/i.exec(after)?.[0].length ?? 0;
    const hit = f.countries.find((c) => c.start === end + lead);
    // "visited Vilnius": a city of the gazetteer names its country, and is the place.
    const city = f.places.find(
      (p) => p.start === end + lead && p.country && p.rule !== 'place:region',
    );
    if (!hit && !city) return null;
    draft.extraParties = [...draft.extraParties, (hit?.value.iso3 ?? city?.country) as string];
    if (city) draft.place = city;
  }
  if (FUTURE_MEETING.test(before) || /^(?:will|would|to)\s/i.test(m[0])) {
    draft.cameoCode = '036';
    draft.rules.push('event:future');
  }
  if (draft.participants.length + draft.extraParties.length < 2) return null;
  return draft;
}

/**
 * Several events in one sentence ("arrived on Monday for a visit to Cambodia, where he met the
 * Prime Minister") each take only the date and place between their neighbours' triggers: the
 * arrival's Monday is not the meeting's date.
 */
function splitClauses(drafts: EventDraft[], f: SentenceFacts): void {
  if (drafts.length < 2) return;
  const sorted = [...drafts].sort((a, b) => a.triggerStart - b.triggerStart);
  sorted.forEach((d, i) => {
    const lo = i > 0 ? (sorted[i - 1] as EventDraft).triggerEnd : f.sentence.start;
    const hi =
      i < sorted.length - 1
        ? (sorted[i + 1] as EventDraft).triggerStart
        : f.sentence.start + f.sentence.text.length;
    const inside = <T extends { start: number }>(items: T[]) =>
      items.filter((x) => x.start >= lo && x.start < hi);
    d.date = nearest(inside(f.dates.filter((x) => x.role === 'point')), d.triggerStart);
    if (d.place)
      d.place = nearest(inside(f.places.filter((p) => p.rule !== 'place:region')), d.triggerEnd);
  });
}

export function findEvents(facts: SentenceFacts[], reporting: string | null): EventDraft[] {
  const drafts: EventDraft[] = [];
  for (const f of facts) {
    const taken: [number, number][] = [];
    const here: EventDraft[] = [];
    for (const trigger of TRIGGERS) {
      for (const m of f.sentence.text.matchAll(trigger.pattern)) {
        const at = m.index ?? 0;
        if (taken.some(([a, b]) => at < b && at + m[0].length > a)) continue;
        const last = [...drafts]
          .reverse()
          .find((d) => d.eventKind === 'MEETING' || d.eventKind === 'VISIT');
        const draft = draftFor(f, trigger, m, last);
        if (!draft) continue;
        taken.push([at, at + m[0].length]);
        drafts.push(draft);
        here.push(draft);
      }
    }
    splitClauses(here, f);
  }
  settleCountries(drafts, facts, reporting);
  for (const d of drafts) {
    d.parties = unique([
      ...d.participants.map((p) => p.country).filter((c): c is string => !!c),
      ...d.extraParties,
    ]);
    if (d.negated) d.confidence = Math.min(d.confidence, 0.3);
    if (d.parties.length < 2 && (d.eventKind === 'MEETING' || d.eventKind === 'VISIT'))
      d.confidence -= 0.2;
  }
  return drafts;
}

/** A meeting held in a country that is none of its parties': CAMEO 044, meet at a third location. */
export function markThirdLocation(events: EventDraft[]): void {
  for (const d of events) {
    const where = d.place?.country;
    if (d.cameoCode === '040' && where && d.parties.length >= 2 && !d.parties.includes(where))
      d.cameoCode = '044';
  }
}
