// Scores one extraction against its gold annotation. Matching is one-to-one and greedy:
// - countries by ISO3; people by name (names.ts: "Lloyd Austin" is "Lloyd J. Austin III", a lone
//   "Trump" is "Donald Trump") or a listed alias; organizations and places by normalised name
//   or alias;
// - meetings and visits (one family: "a visit where he met" is either) by their set of parties;
// - other events (exercises, incidents) by kind and parties;
// - agreements by parties and by name, when half the words of the shorter name are in the other.
import type { Candidate, Extraction } from '../candidate.ts';
import { sameName } from '../names.ts';
import type { Gold } from './gold-schema.ts';

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
  /** Descriptions of misses and false alarms, for --verbose. */
  misses: string[];
}

export interface DocumentScore {
  file: string;
  countries: Tally;
  people: Tally & { countryRight: number; officeRight: number };
  organizations: Tally;
  places: Tally;
  meetings: Tally & { dateRight: number; placeRight: number; participantsRight: number };
  otherEvents: Tally;
  agreements: Tally & { statusRight: number };
  datedEvents: number;
  inventedDates: number;
  quotes: number;
  quotesVerbatim: number;
}

const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0, misses: [] });

export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

/** Greedy one-to-one matching; calls `onPair` for each match and returns the unmatched. */
function match<G, C>(
  gold: G[],
  found: C[],
  score: (g: G, c: C) => number,
  onPair: (g: G, c: C) => void,
) {
  const pairs: [number, number, number][] = [];
  gold.forEach((g, i) => found.forEach((c, j) => pairs.push([score(g, c), i, j])));
  pairs.sort((a, b) => b[0] - a[0]);
  const usedG = new Set<number>();
  const usedC = new Set<number>();
  for (const [s, i, j] of pairs) {
    if (s <= 0 || usedG.has(i) || usedC.has(j)) continue;
    usedG.add(i);
    usedC.add(j);
    onPair(gold[i] as G, found[j] as C);
  }
  return {
    goldLeft: gold.filter((_, i) => !usedG.has(i)),
    foundLeft: found.filter((_, j) => !usedC.has(j)),
  };
}

function count<G, C>(
  t: Tally,
  left: { goldLeft: G[]; foundLeft: C[] },
  matched: number,
  show: (x: G | C) => string,
) {
  t.tp += matched;
  t.fn += left.goldLeft.length;
  t.fp += left.foundLeft.length;
  t.misses.push(
    ...left.goldLeft.map((g) => `missed ${show(g)}`),
    ...left.foundLeft.map((c) => `extra ${show(c)}`),
  );
}

const named = (g: { name: string; aliases: string[] }, name: string) =>
  [g.name, ...g.aliases].some((n) => normalize(n) === normalize(name));

const words = (s: string) =>
  new Set(
    normalize(s)
      .split(' ')
      .filter((w) => w.length > 2 && !['the', 'and', 'its', 'their', 'with'].includes(w)),
  );
function overlap(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  const common = [...wa].filter((w) => wb.has(w)).length;
  return common / Math.max(1, Math.min(wa.size, wb.size));
}

export function scoreDocument(gold: Gold, result: Extraction, text: string): DocumentScore {
  const of = <K extends Candidate['kind']>(kind: K) =>
    result.candidates.filter((c): c is Extract<Candidate, { kind: K }> => c.kind === kind);
  const s: DocumentScore = {
    file: gold.file,
    countries: tally(),
    people: { ...tally(), countryRight: 0, officeRight: 0 },
    organizations: tally(),
    places: tally(),
    meetings: { ...tally(), dateRight: 0, placeRight: 0, participantsRight: 0 },
    otherEvents: tally(),
    agreements: { ...tally(), statusRight: 0 },
    datedEvents: 0,
    inventedDates: 0,
    quotes: 0,
    quotesVerbatim: 0,
  };
  let n = 0;
  const pairs = () => n++;

  n = 0;
  count(
    s.countries,
    match(gold.countries, of('country'), (g, c) => Number(g === c.iso3), pairs),
    n,
    (x) => (typeof x === 'string' ? x : x.iso3),
  );

  n = 0;
  const people = match(
    gold.people,
    of('person'),
    (g, c) => (named(g, c.name) ? 2 : sameName(g.name, c.name) ? 1 : 0),
    (g, c) => {
      n++;
      if (g.country === c.country) s.people.countryRight++;
      if ((g.office ?? '').toLowerCase() === (c.office ?? '').toLowerCase()) s.people.officeRight++;
    },
  );
  count(s.people, people, n, (x) => x.name);

  for (const [key, kind] of [
    ['organizations', 'organization'],
    ['places', 'place'],
  ] as const) {
    n = 0;
    count(
      s[key],
      match(gold[key], of(kind), (g, c) => Number(named(g, c.name)), pairs),
      n,
      (x) => x.name,
    );
  }

  const isMeeting = (k: string) => k === 'MEETING' || k === 'VISIT';
  // Statements are not annotated in the gold files: they are not scored.
  const isScored = (k: string) => k !== 'STATEMENT';
  const showEvent = (x: { eventKind: string; parties: string[]; date: string | null }) =>
    `${x.eventKind} ${x.parties.join('-')} ${x.date ?? 'undated'}`;
  const events = of('event').filter((e) => !e.negated && isScored(e.eventKind));
  n = 0;
  const meetings = match(
    gold.events.filter((e) => isMeeting(e.eventKind)),
    events.filter((e) => isMeeting(e.eventKind)),
    (g, c) => {
      if (!sameSet(g.parties, c.parties)) return 0;
      return (
        1 +
        Number(g.eventKind === c.eventKind) +
        Number(g.date === c.date) +
        Number(g.participants.length === c.participants.length)
      );
    },
    (g, c) => {
      n++;
      if (g.date === c.date) s.meetings.dateRight++;
      if (
        (g.place === null && c.place === null) ||
        (g.place !== null && c.place !== null && normalize(c.place).startsWith(normalize(g.place)))
      )
        s.meetings.placeRight++;
      if (
        g.participants.length === c.participants.length &&
        g.participants.every((p) => c.participants.some((q) => sameName(p, q)))
      )
        s.meetings.participantsRight++;
    },
  );
  count(s.meetings, meetings, n, showEvent);
  n = 0;
  count(
    s.otherEvents,
    match(
      gold.events.filter((e) => !isMeeting(e.eventKind)),
      events.filter((e) => !isMeeting(e.eventKind)),
      (g, c) => Number(g.eventKind === c.eventKind && sameSet(g.parties, c.parties)),
      pairs,
    ),
    n,
    showEvent,
  );

  n = 0;
  const agreements = of('agreement').filter((a) => !a.negated);
  count(
    s.agreements,
    match(
      gold.agreements,
      agreements,
      (g, c) => {
        const o = overlap(g.name, c.name);
        return sameSet(g.parties, c.parties) && o >= 0.5 ? o : 0;
      },
      (g, c) => {
        n++;
        if (g.status === c.status) s.agreements.statusRight++;
      },
    ),
    n,
    (x) => `${x.parties.join('-')} "${x.name}" (${x.status})`,
  );

  for (const e of of('event')) {
    if (e.date === null) continue;
    s.datedEvents++;
    if (!gold.dates.includes(e.date)) {
      s.inventedDates++;
      s.meetings.misses.push(`invented date ${e.date} on ${showEvent(e)}`);
    }
  }
  for (const c of result.candidates) {
    for (const q of [c, ...c.evidence]) {
      s.quotes++;
      if (text.slice(q.start, q.end) === q.quote) s.quotesVerbatim++;
    }
  }
  return s;
}
