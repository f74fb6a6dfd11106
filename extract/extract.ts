// extract(text, meta): the candidate facts of one document. Pure: no I/O, no clock, no
// randomness; the same text and meta give the same candidates and keys. (The gazetteers are
// read from files once, when the modules load.)
import { findAgreements } from './agreements.ts';
import { buildCandidates } from './build-candidates.ts';
import { EXTRACTOR_VERSION, type DocumentMeta, type Extraction } from './candidate.ts';
import { findDates } from './dates.ts';
import { findEvents, markThirdLocation } from './events.ts';
import { readFrontMatter } from './front-matter.ts';
import { maskCountries } from './mask.ts';
import { mergeEvents } from './merge-events.ts';
import { overlaps } from './mention.ts';
import { findOrganizations } from './organizations.ts';
import { findPeople } from './people.ts';
import { findPlaces } from './places.ts';
import { formatPartial, parsePartial, type PartialDate } from './reduced-date.ts';
import { reportingCountry } from './reporting-country.ts';
import type { SentenceFacts } from './sentence-facts.ts';
import { splitSentences } from './sentences.ts';
import { findStatements } from './statements.ts';
import { createHash } from 'node:crypto';
import { findWeapons } from './weapons.ts';

/** A bad `meta` value: the caller's mistake, reported with the field it concerns. */
export class MetaError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

function publication(meta: DocumentMeta, dateline: { text: string } | null) {
  if (meta.publishedAt) {
    const parsed = parsePartial(meta.publishedAt);
    if (!parsed)
      throw new MetaError(
        'publishedAt',
        `publishedAt "${meta.publishedAt}" is not a date like 2017, 2017-10 or 2017-10-24`,
      );
    return { date: parsed, source: 'meta' as const };
  }
  if (!dateline) return { date: null, source: null };
  // A dateline is read on its own: it must give its year itself.
  const found = findDates(dateline.text, 0, null).find((d) => d.date && d.date.length >= 7);
  const date = parsePartial(found?.date);
  return date ? { date, source: 'dateline' as const } : { date: null, source: null };
}

export function extract(text: string, meta: DocumentMeta = {}): Extraction {
  const front = readFrontMatter(text);
  const title = meta.title ?? front.title ?? null;
  const url = meta.url ?? front.url ?? null;
  const published = publication(meta, front.dateText);
  const sentences = splitSentences(text, front.skip);
  const people = findPeople(sentences);
  const reporting = reportingCountry(url, text);
  const names = people.flatMap((p) =>
    p.mentions.map((m) => ({ start: m.nameStart, end: m.nameEnd })),
  );
  const titles = people.flatMap((p) => p.mentions);
  const facts: SentenceFacts[] = sentences.map((sentence) => {
    const countries = maskCountries(sentence.text)
      .countries.map((c) => ({
        ...c,
        start: c.start + sentence.start,
        end: c.end + sentence.start,
      }))
      .filter((c) => !overlaps(names, c.start, c.end));
    const organizations = findOrganizations(sentence, titles);
    // "NATO Secretary General Lena Varga": the title names its organization too.
    for (const m of titles)
      if (m.international && m.sentenceIndex === sentence.index)
        organizations.push({
          ...m.international,
          country: null,
          sentenceIndex: sentence.index,
          rule: 'organization:title',
          confidence: 0.8,
        });
    const places = findPlaces(sentence, [...titles, ...organizations]);
    return {
      sentence,
      countries,
      people: people.flatMap((person) =>
        person.mentions
          .filter((m) => m.sentenceIndex === sentence.index)
          .map((mention) => ({ person, mention })),
      ),
      organizations,
      places,
      dates: findDates(sentence.text, sentence.start, published.date as PartialDate | null),
    };
  });
  const weapons = sentences.flatMap((s) =>
    findWeapons(s, [...titles, ...facts[s.index]!.organizations]),
  );
  const events = mergeEvents([...findEvents(facts, reporting), ...findStatements(facts)]);
  markThirdLocation(events);
  const candidates = buildCandidates({
    text,
    sentences,
    countries: facts.flatMap((f) => f.countries),
    people,
    organizations: facts.flatMap((f) => f.organizations),
    places: facts.flatMap((f) => f.places),
    weapons,
    events,
    agreements: findAgreements(facts, events),
  });
  return {
    document: {
      title,
      url,
      publishedAt: published.date ? formatPartial(published.date) : null,
      publishedAtSource: published.source,
      reportingCountry: reporting,
      characters: text.length,
      sentences: sentences.length,
      sha256: createHash('sha256').update(text).digest('hex'),
      extractorVersion: EXTRACTOR_VERSION,
    },
    candidates,
  };
}
