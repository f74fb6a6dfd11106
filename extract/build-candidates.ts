// Turns what the rules found into candidates: one per country, person, organization, place and
// weapon system of the document (its best mention is the quote, the others its evidence), one
// per event and agreement (its sentence is the quote). Offsets are the text's own, so
// `quote === text.slice(start, end)` holds for every candidate.
import type { AgreementDraft } from './agreements.ts';
import type { Candidate } from './candidate.ts';
import type { CountryWord } from './gazetteer/countries.ts';
import type { PhraseHit } from './gazetteer/phrase-matcher.ts';
import type { EventDraft } from './event-draft.ts';
import { candidateKey, normalizeForKey } from './key.ts';
import type { Mention } from './mention.ts';
import type { Person, PersonMention } from './people.ts';
import type { Sentence } from './sentences.ts';

const MAX_EVIDENCE = 5;

export interface Found {
  text: string;
  sentences: Sentence[];
  countries: PhraseHit<CountryWord>[];
  people: Person[];
  organizations: Mention[];
  places: Mention[];
  weapons: Mention[];
  events: EventDraft[];
  agreements: AgreementDraft[];
}

function sentenceAt(sentences: Sentence[], offset: number): number {
  return sentences.find((s) => offset >= s.start && offset < s.end)?.index ?? 0;
}

function spans(text: string, list: { start: number; end: number }[]) {
  return list
    .slice(0, MAX_EVIDENCE)
    .map(({ start, end }) => ({ start, end, quote: text.slice(start, end) }));
}

function base(found: Found, start: number, end: number, confidence: number, rules: string[]) {
  return {
    quote: found.text.slice(start, end),
    start,
    end,
    confidence: Math.round(Math.max(0.05, Math.min(1, confidence)) * 100) / 100,
    sentenceIndex: sentenceAt(found.sentences, start),
    rules: [...new Set(rules)],
    evidence: [] as ReturnType<typeof spans>,
    linkedId: null,
  };
}

function countries(found: Found): Candidate[] {
  const byCode = new Map<string, PhraseHit<CountryWord>[]>();
  for (const hit of found.countries)
    byCode.set(hit.value.iso3, [...(byCode.get(hit.value.iso3) ?? []), hit]);
  return [...byCode.entries()].map(([iso3, hits]) => {
    const best = hits.find((h) => h.value.form === 'name') ?? (hits[0] as PhraseHit<CountryWord>);
    const c = base(found, best.start, best.end, best.value.form === 'name' ? 0.95 : 0.85, [
      `country:${best.value.form}`,
    ]);
    c.evidence = spans(
      found.text,
      hits.filter((h) => h !== best),
    );
    return {
      kind: 'country' as const,
      key: candidateKey(['country', iso3, c.start, c.end]),
      ...c,
      iso3,
    };
  });
}

const PERSON_CONFIDENCE: Record<string, number> = {
  'person:titled': 0.9,
  'person:counterpart': 0.85,
  'person:apposition': 0.8,
  'person:nationality': 0.75,
  'person:speaker': 0.6,
};

function people(found: Found): Candidate[] {
  return found.people.map((p) => {
    const anchored = p.mentions.filter((m) => m.rule !== 'person:later-mention');
    const best: PersonMention =
      anchored.find((m) => m.office && m.country) ??
      anchored.find((m) => m.office) ??
      anchored[0] ??
      (p.mentions[0] as PersonMention);
    const single = p.name.split(/\s+/).length === 1;
    const confidence = (PERSON_CONFIDENCE[best.rule] ?? 0.6) - (single ? 0.2 : 0);
    const rules = [
      ...new Set(anchored.map((m) => m.rule)),
      ...(p.countryRule ? [p.countryRule] : []),
    ];
    const c = base(found, best.start, best.end, confidence, rules);
    c.evidence = spans(
      found.text,
      p.mentions.filter((m) => m !== best),
    );
    const key = candidateKey(['person', normalizeForKey(p.name), p.country, c.start, c.end]);
    return {
      kind: 'person' as const,
      key,
      ...c,
      name: p.name,
      country: p.country,
      office: p.office,
    };
  });
}

/** Mentions grouped by name: one candidate per named thing, the first mention its quote. */
function named(
  found: Found,
  mentions: Mention[],
  kind: 'organization' | 'place' | 'weaponSystem',
): Candidate[] {
  const byName = new Map<string, Mention[]>();
  for (const m of mentions)
    byName.set(normalizeForKey(m.name), [...(byName.get(normalizeForKey(m.name)) ?? []), m]);
  return [...byName.values()].map((list) => {
    const first = list[0] as Mention;
    const c = base(
      found,
      first.start,
      first.end,
      Math.max(...list.map((m) => m.confidence)),
      list.map((m) => m.rule),
    );
    c.evidence = spans(found.text, list.slice(1));
    const country = list.find((m) => m.country)?.country ?? null;
    const key = candidateKey([kind, normalizeForKey(first.name), country, c.start, c.end]);
    if (kind === 'weaponSystem') return { kind, key, ...c, name: first.name };
    return { kind, key, ...c, name: first.name, country };
  });
}

function events(found: Found): Candidate[] {
  return found.events.map((e) => {
    const c = base(found, e.start, e.end, e.confidence, [
      ...e.rules,
      ...(e.date ? [e.date.rule] : []),
    ]);
    const extra = [...e.evidence];
    if (
      e.date &&
      (e.date.start < e.start || e.date.end > e.end) &&
      !extra.some((s) => e.date!.start >= s.start && e.date!.end <= s.end)
    )
      extra.push({ start: e.date.start, end: e.date.end });
    c.evidence = spans(found.text, extra);
    const participants = e.participants.map((p) => p.name);
    const date = e.date?.date ?? null;
    const key = candidateKey(['event', e.eventKind, e.parties, participants, date, c.start, c.end]);
    return {
      kind: 'event' as const,
      key,
      ...c,
      eventKind: e.eventKind,
      parties: e.parties,
      participants,
      date,
      place: e.place?.name ?? null,
      cameoCode: e.cameoCode,
      negated: e.negated,
    };
  });
}

function agreements(found: Found): Candidate[] {
  return found.agreements.map((a) => {
    const c = base(found, a.start, a.end, a.confidence, a.rules);
    const key = candidateKey([
      'agreement',
      normalizeForKey(a.name),
      a.parties,
      a.status,
      c.start,
      c.end,
    ]);
    return {
      kind: 'agreement' as const,
      key,
      ...c,
      name: a.name,
      parties: a.parties,
      status: a.status,
      negated: a.negated,
    };
  });
}

const ORDER = ['country', 'person', 'organization', 'place', 'weaponSystem', 'event', 'agreement'];

export function buildCandidates(found: Found): Candidate[] {
  return [
    ...countries(found),
    ...people(found),
    ...named(found, found.organizations, 'organization'),
    ...named(found, found.places, 'place'),
    ...named(found, found.weapons, 'weaponSystem'),
    ...events(found),
    ...agreements(found),
  ].sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || a.start - b.start);
}
