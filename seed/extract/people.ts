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
}

export interface Person {
  name: string;
  office: string | null;
  country: string | null;
  /** Why `country` is what it is (a rule name), for the candidate's `rules`. */
  countryRule: string | null;
  /** True when a title of office was given with no country ("Secretary of Defense"). */
  unqualifiedOffice: boolean;
  mentions: PersonMention[];
}

const RULES: [RegExp, string, number][] = [
  [TITLED, 'person:titled', 0],
  [COUNTERPART, 'person:counterpart', 1],
  [APPOSITION, 'person:apposition', 2],
  [NATIONALITY, 'person:nationality', 3],
  [SPEAKER, 'person:speaker', 4],
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
  for (const [pattern, rule, priority] of RULES) {
    for (const m of masked.matchAll(pattern)) {
      const at = m.index ?? 0;
      const [nameAt, nameEnd] = m.indices?.groups?.name ?? [at, at];
      const officeSpan = m.indices?.groups?.office;
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
    mentions: [mention],
  });
}

/** Short mentions ("Austin", "the deputy crown prince") of people already found. */
function laterMentions(people: Person[], sentences: readonly Sentence[]): void {
  const taken = (s: number, e: number) =>
    people.some((p) => p.mentions.some((m) => s < m.end && e > m.start));
  for (const person of people) {
    const words = referenceWords(person.name);
    const others = people.filter((p) => p !== person).flatMap((p) => referenceWords(p.name));
    const unique = words.filter((w) => !others.includes(w));
    const offices = (person.office ?? '')
      .toLowerCase()
      .split(/\s+and\s+/)
      .filter((o) => o.includes(' '))
      .filter((o) => !people.some((p) => p !== person && p.office?.toLowerCase().includes(o)));
    for (const sentence of sentences) {
      const found: [number, number][] = [];
      for (const m of sentence.text.matchAll(/\p{Lu}[\p{L}\p{M}‚-]*/gu))
        if (unique.includes(nameWords(m[0])[0] ?? '')) found.push([m.index ?? 0, m[0].length]);
      for (const office of offices)
        for (const m of sentence.text.matchAll(
          new RegExp(`\\bthe\\s+${office.replace(/\s+/g, '\\s+')}`, 'giu'),
        ))
          found.push([m.index ?? 0, m[0].length]);
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
    person.unqualifiedOffice = !!person.office && !person.country;
  }
  laterMentions(people, sentences);
  return people;
}
