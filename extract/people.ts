// People named in a document: mentions found by the person patterns, merged into one entity per
// person (names.ts), with later short mentions ("Secretary Mattis", "Austin", "the deputy crown
// prince") attached so that events can name their participants.
import { countryIn, maskCountries } from './mask.ts';
import { nameWords, referenceWords, sameName } from './names.ts';
import {
  APPOSITION,
  COUNTERPART,
  INSTITUTION_COUNTRY,
  NATIONALITY,
  SPEAKER,
  TITLED,
} from './person-patterns.ts';
import type { Sentence } from './sentences.ts';
import { OFFICE_HEADS, RANKS } from './gazetteer/offices.ts';

export interface PersonMention {
  /** Offsets in the document: `start`/`end` cover title and name, `nameStart`/`nameEnd` the name. */
  start: number;
  end: number;
  nameStart: number;
  nameEnd: number;
  name: string;
  office: string | null;
  country: string | null;
  sentenceIndex: number;
  rule: string;
  /** Span of the international body that qualifies the title ("NATO"), document offsets. */
  international?: { start: number; end: number; name: string };
}

export interface Person {
  name: string;
  office: string | null;
  country: string | null;
  /** Why `country` is what it is (a rule name), for the candidate's `rules`. */
  countryRule: string | null;
  /** True when a title of office was given with no country ("Secretary of Defense"). */
  unqualifiedOffice: boolean;
  /** An international body's official ("NATO Secretary General"): no country is inferred. */
  international: boolean;
  mentions: PersonMention[];
}

/** Words without which a rule cannot match: its cheap pre-test. */
const TITLE_CUE = new RegExp(
  `(?:${[...OFFICE_HEADS, ...RANKS].map((w) => w.split(' ')[0]?.replace('.', '\\.')).join('|')})`,
  // Case-blind: wire copy writes "defence minister".
  'i',
);

const RULES: [RegExp, string, number, RegExp][] = [
  [TITLED, 'person:titled', 0, TITLE_CUE],
  [COUNTERPART, 'person:counterpart', 1, /counterpart/],
  [APPOSITION, 'person:apposition', 2, TITLE_CUE],
  [NATIONALITY, 'person:nationality', 3, /,\s+(?:a|an|the)\s/],
  [SPEAKER, 'person:speaker', 4, /\b(?:said|says|told|added|noted|stated|explained|wrote)\b/],
];

/** Drops "of/for the Kingdom of Saudi Arabia" from an office: the country is kept apart. */
function tidyOffice(office: string | undefined): string | null {
  if (!office) return null;
  const text = office
    .replace(
      /\s+(?:of|for|from)\s+(?:the\s+)?(?:(?:Kingdom|Republic|State|Sultanate|Emirate|Commonwealth)\s+of\s+(?:the\s+)?)?\uE000+.*$/u,
      '',
    )
    .replace(/\s+/g, ' ')
    .trim();
  return text || null;
}

function mentionsIn(sentence: Sentence): PersonMention[] {
  const { masked, countries } = maskCountries(sentence.text);
  const found: (PersonMention & { priority: number })[] = [];
  for (const [pattern, rule, priority, cue] of RULES) {
    // A cheap test first: most sentences of a long article name nobody by title.
    if (!cue.test(sentence.text)) continue;
    for (const m of masked.matchAll(pattern)) {
      const at = m.index ?? 0;
      const [nameAt, nameEnd] = m.indices?.groups?.name ?? [at, at];
      const officeSpan = m.indices?.groups?.office;
      const orgSpan = m.indices?.groups?.org;
      // The office is tidied on the masked text, where a country suffix is visible as such.
      const officeLength = officeSpan
        ? (tidyOffice(masked.slice(officeSpan[0], officeSpan[1]))?.length ?? 0)
        : 0;
      const officeRaw = officeSpan
        ? sentence.text.slice(officeSpan[0], officeSpan[0] + officeLength)
        : undefined;
      let country = countryIn(countries, at, m.indices?.groups?.qual?.[1] ?? nameAt);
      country ??= countryIn(countries, officeSpan?.[0] ?? nameAt, officeSpan?.[1] ?? nameAt);
      for (const field of ['from', 'qual'])
        country ??= countryIn(countries, ...(m.indices?.groups?.[field] ?? [0, 0]));
      for (const [word, iso3] of Object.entries(INSTITUTION_COUNTRY))
        if (!country && officeRaw?.startsWith(word)) country = iso3;
      found.push({
        start: sentence.start + at,
        end: sentence.start + at + m[0].length,
        nameStart: sentence.start + nameAt,
        nameEnd: sentence.start + nameEnd,
        name: sentence.text.slice(nameAt, nameEnd).replace(/\s+/g, ' '),
        office: officeRaw ? officeRaw.replace(/\s+/g, ' ') : null,
        country,
        sentenceIndex: sentence.index,
        rule,
        priority,
        international: orgSpan
          ? {
              start: sentence.start + orgSpan[0],
              end: sentence.start + orgSpan[1],
              name: sentence.text.slice(orgSpan[0], orgSpan[1]),
            }
          : undefined,
      });
    }
  }
  // In a list ("Prabowo Subianto, Chief of Defense ... Hadi Tjahjanto") the title after a
  // comma belongs to the next name, not to the one before it.
  const titled = found.filter((f) => f.rule === 'person:titled');
  const kept = found.filter(
    (f) =>
      f.rule !== 'person:apposition' ||
      !titled.some((t) => t.start >= f.nameEnd && t.start < f.end),
  );
  // One mention per name span: the best rule's, with a country from any rule that gave one.
  const byName = new Map<string, (typeof kept)[number]>();
  for (const f of kept.sort((a, b) => a.priority - b.priority)) {
    const key = `${f.nameStart}:${f.nameEnd}`;
    const seen = byName.get(key);
    if (!seen) byName.set(key, f);
    else {
      seen.country ??= f.country;
      seen.office ??= f.office;
    }
  }
  return [...byName.values()].map(({ priority: _p, ...m }) => m);
}

function addMention(people: Person[], mention: PersonMention): void {
  const words = nameWords(mention.name);
  const match =
    words.length > 1
      ? people.find((p) => nameWords(p.name).length > 1 && sameName(p.name, mention.name))
      : people.find((p) => sameName(p.name, mention.name));
  if (match) {
    match.mentions.push(mention);
    if (nameWords(match.name).length === 1 && words.length > 1) match.name = mention.name;
    if (!match.office || (mention.office && mention.office.length > match.office.length))
      match.office = mention.office ?? match.office;
    if (!match.country && mention.country) {
      match.country = mention.country;
      match.countryRule = `${mention.rule}:country`;
    }
    return;
  }
  people.push({
    name: mention.name,
    office: mention.office,
    country: mention.country,
    countryRule: mention.country ? `${mention.rule}:country` : null,
    unqualifiedOffice: false,
    international: false,
    mentions: [mention],
  });
}

/** Short mentions ("Austin", "the deputy crown prince") of people already found. */
function laterMentions(people: Person[], sentences: readonly Sentence[]): void {
  const taken = (s: number, e: number) =>
    people.some((p) => p.mentions.some((m) => s < m.end && e > m.start));
  // Each sentence's capitalised words, folded once for all people.
  const words = sentences.map((sentence) =>
    [...sentence.text.matchAll(/\p{Lu}[\p{L}\p{M}‚-]*/gu)].map(
      (m) => [m.index ?? 0, m[0].length, nameWords(m[0])[0] ?? ''] as const,
    ),
  );
  for (const person of people) {
    const own = referenceWords(person.name);
    const others = people.filter((p) => p !== person).flatMap((p) => referenceWords(p.name));
    const unique = own.filter((w) => !others.includes(w));
    const officeWords = offices(person, people);
    for (const sentence of sentences) {
      const found: [number, number][] = [];
      for (const [at, length, folded] of words[sentence.index] ?? [])
        if (unique.includes(folded)) found.push([at, length]);
      for (const office of officeWords)
        for (const m of sentence.text.matchAll(office)) found.push([m.index ?? 0, m[0].length]);
      for (const [at, length] of found) {
        const start = sentence.start + at;
        if (taken(start, start + length)) continue;
        person.mentions.push({
          start,
          end: start + length,
          nameStart: start,
          nameEnd: start + length,
          name: sentence.text.slice(at, at + length),
          office: null,
          country: null,
          sentenceIndex: sentence.index,
          rule: 'person:later-mention',
        });
      }
    }
    person.mentions.sort((a, b) => a.start - b.start);
  }
}

/** "the deputy crown prince": the parts of a person's office that only this person holds. */
function offices(person: Person, people: Person[]): RegExp[] {
  return (person.office ?? '')
    .toLowerCase()
    .split(/\s+and\s+/)
    .filter((o) => o.includes(' '))
    .filter((o) => !people.some((p) => p !== person && p.office?.toLowerCase().includes(o)))
    .map((o) => new RegExp(`\\bthe\\s+${o.replace(/\s+/g, '\\s+')}`, 'giu'));
}

export function findPeople(sentences: readonly Sentence[]): Person[] {
  const mentions = sentences.flatMap(mentionsIn).sort((a, b) => {
    // Full names first, so a lone "Mattis" finds "Jim Mattis" wherever it stands.
    const d = Number(nameWords(b.name).length > 1) - Number(nameWords(a.name).length > 1);
    return d || a.start - b.start;
  });
  const people: Person[] = [];
  for (const mention of mentions) addMention(people, mention);
  for (const person of people) {
    person.mentions.sort((a, b) => a.start - b.start);
    person.international = person.mentions.some((m) => !!m.international);
    person.unqualifiedOffice = !!person.office && !person.country && !person.international;
  }
  laterMentions(people, sentences);
  return people;
}
