// The rules the schema cannot express: ids are unique, references resolve to a record or to a
// known country of the right kind, and every quote is an exact substring of the article.
import { byIso3 } from '../../schema/countries/index.ts';
import { LINK_TARGETS, RELATION_ENDS, kindOf, type RecordKind } from './record-kinds.ts';
import type { SeedRecords } from './records-schema.ts';
import { formatPath, type PathSegment, type SeedProblem } from './seed-problem.ts';

type ProblemAt = (path: readonly PathSegment[], message: string) => SeedProblem;

const DECLARING_SECTIONS = [
  'people',
  'organizations',
  'weaponSystems',
  'places',
  'events',
  'statements',
  'agreements',
] as const;

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

export function checkRecords(
  records: SeedRecords,
  article: string,
  articleFile: string,
  at: ProblemAt,
): SeedProblem[] {
  const problems: SeedProblem[] = [];
  const declared = new Map<string, string>(); // id → where it is declared

  const declare = (id: string, path: PathSegment[]) => {
    const first = declared.get(id);
    if (first) problems.push(at(path, `duplicate id "${id}" (first declared at ${first})`));
    else declared.set(id, formatPath(path.slice(0, 2)));
  };
  declare(records.source.id, ['source', 'id']);
  for (const section of DECLARING_SECTIONS) {
    records[section].forEach((record, i) => declare(record.id, [section, i, 'id']));
  }

  const checkCountry = (id: string, path: PathSegment[]): boolean => {
    const code = id.slice('country:'.length);
    if (/^[A-Z]{3}$/.test(code) && byIso3(code)) return true;
    problems.push(at(path, `unknown country code "${code}" (expected an ISO 3166 alpha-3 code)`));
    return false;
  };

  const resolve = (id: string, path: PathSegment[], allowed: readonly RecordKind[]) => {
    const kind = kindOf(id);
    if (kind === 'country') {
      if (!checkCountry(id, path)) return;
    } else if (!declared.has(id)) {
      problems.push(at(path, `unknown id "${id}"`));
      return;
    }
    if (!kind || !allowed.includes(kind)) {
      problems.push(at(path, `"${id}" is a ${kind ?? 'record'}; expected ${allowed.join(' or ')}`));
    }
  };

  records.countries.forEach((country, i) => {
    if (kindOf(country.id) !== 'country') {
      problems.push(at(['countries', i, 'id'], 'must look like "country:ISO3"'));
    } else if (checkCountry(country.id, ['countries', i, 'id'])) {
      declare(country.id, ['countries', i, 'id']);
    }
  });

  const eventLinks = (
    section: 'events' | 'statements',
    i: number,
    record: SeedRecords['events'][number] | SeedRecords['statements'][number],
  ) => {
    if (record.place) resolve(record.place.to, [section, i, 'place', 'to'], LINK_TARGETS.place);
    record.participants.forEach((p, j) =>
      resolve(p.actor, [section, i, 'participants', j, 'actor'], LINK_TARGETS.participant),
    );
    record.concerns.forEach((c, j) =>
      resolve(c.to, [section, i, 'concerns', j, 'to'], LINK_TARGETS.concerns),
    );
  };

  records.events.forEach((event, i) => {
    eventLinks('events', i, event);
    const prefix = event.id.slice(0, event.id.indexOf(':'));
    if (prefix.toUpperCase() !== event.kind) {
      problems.push(at(['events', i, 'kind'], `is ${event.kind} but the id starts "${prefix}:"`));
    }
  });

  records.statements.forEach((statement, i) => {
    eventLinks('statements', i, statement);
    resolve(statement.speaker.id, ['statements', i, 'speaker', 'id'], LINK_TARGETS.speaker);
    statement.about.forEach((a, j) =>
      resolve(a.to, ['statements', i, 'about', j, 'to'], LINK_TARGETS.about),
    );
    if (statement.partOf) {
      resolve(statement.partOf.to, ['statements', i, 'partOf', 'to'], LINK_TARGETS.partOf);
    }
    // The evidence must show the words being said, so a reader sees them in context.
    if (!statement.evidence.some((quote) => quote.includes(statement.text))) {
      problems.push(at(['statements', i, 'text'], 'must appear within one of its evidence quotes'));
    }
  });

  records.agreements.forEach((agreement, i) => {
    agreement.parties.forEach((p, j) =>
      resolve(p.actor, ['agreements', i, 'parties', j, 'actor'], LINK_TARGETS.party),
    );
    agreement.producedBy.forEach((p, j) =>
      resolve(p.to, ['agreements', i, 'producedBy', j, 'to'], LINK_TARGETS.producedBy),
    );
    agreement.concerns.forEach((c, j) =>
      resolve(c.to, ['agreements', i, 'concerns', j, 'to'], LINK_TARGETS.concerns),
    );
  });

  records.relations.forEach((relation, i) => {
    const ends = RELATION_ENDS[relation.type]!;
    resolve(relation.from, ['relations', i, 'from'], ends.from);
    resolve(relation.to, ['relations', i, 'to'], ends.to);
    if ((relation.type === 'HOLDS_OFFICE') !== (relation.title !== undefined)) {
      problems.push(at(['relations', i, 'title'], 'is required for HOLDS_OFFICE and only there'));
    }
  });

  checkQuotes(records, article, articleFile, at, problems);
  return problems;
}

/** Every `evidence` quote anywhere in the records, and each statement's text, is in the article. */
function checkQuotes(
  records: SeedRecords,
  article: string,
  articleFile: string,
  at: ProblemAt,
  problems: SeedProblem[],
) {
  const check = (quote: string, path: PathSegment[]) => {
    if (!article.includes(quote)) {
      problems.push(at(path, `quote not found in ${articleFile}: "${shorten(quote)}"`));
    }
  };
  const walk = (value: unknown, path: PathSegment[]) => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, [...path, i]));
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (key === 'evidence' && Array.isArray(item)) {
          item.forEach((quote: string, i) => check(quote, [...path, key, i]));
        } else walk(item, [...path, key]);
      }
    }
  };
  walk(records, []);
  records.statements.forEach((s, i) => check(s.text, ['statements', i, 'text']));
}
