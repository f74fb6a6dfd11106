// Agreements a sentence reports, with their status from the wording:
// - signed: "signed", "to sign" after a meeting ("met today ... to sign the X Agreement");
// - agreed: "agreed to/on", and joint commitments ("the two leaders pledged/vowed to",
//   "reaffirmed their intention to"), which need two parties or a plural subject, because one
//   minister's pledge is a statement, not an agreement;
// - planned: "plans to", "intends to", "will sign"; under consideration: "is considering";
// - in force: an alliance named by its members ("the U.S.-Japan alliance"), "entered into force".
// "did not agree" and the like keep the candidate with negated: true and status
// 'under consideration', so a reviewer sees what was not settled.
import type { AgreementStatus } from './candidate.ts';
import { NEGATION } from './event-triggers.ts';
import type { EventDraft } from './event-draft.ts';
import { MASK } from './mask.ts';
import { ALLIANCE, complement, NAMED, VERBS } from './agreement-wording.ts';
import { tidy } from './mention.ts';
import { PLURAL_ANAPHOR, type SentenceFacts } from './sentence-facts.ts';

export interface AgreementDraft {
  name: string;
  parties: string[];
  status: AgreementStatus;
  negated: boolean;
  sentenceIndex: number;
  start: number;
  end: number;
  rules: string[];
  confidence: number;
}

function subjectParties(
  f: SentenceFacts,
  at: number,
  last: EventDraft | undefined,
  sentenceEvents: EventDraft[],
  /** A verb's subject is its actors only; a treaty's name stands among all its parties. */
  actorsOnly = true,
) {
  const text = f.sentence.text;
  const rel = at - f.sentence.start;
  const head = text.slice(0, rel);
  const that = [...head.matchAll(/\bthat\s+/g)].pop();
  const boundary = Math.max(
    head.lastIndexOf(', ') + 1,
    that ? (that.index ?? 0) + that[0].length : 0,
  );
  // A headline's "India, France agree": a comma between two countries joins them.
  let from = f.sentence.start + boundary;
  for (let joined = true; joined;) {
    const left = f.countries.find(
      (c) => c.end === from - 1 && text[c.end - f.sentence.start] === ',',
    );
    joined =
      !!left && /^(?:\s*|.*[,:]\s*)$/.test(text.slice(0, (left?.start ?? 0) - f.sentence.start));
    if (left && joined) from = left.start;
  }
  // "The two leaders discussed Russia's war ... and agreed": the subject ends at its own verb.
  if (actorsOnly) {
    const span = text.slice(from - f.sentence.start, rel);
    const verb =
      /\b(?:discussed|reviewed|noted|welcomed|highlighted|condemned|expressed|emphasized|underscored|said|met|held)\b/i.exec(
        span,
      );
    if (
      verb &&
      span
        .slice(verb.index + verb[0].length)
        .trim()
        .split(/\s+/).length >= 2
    )
      at = from + verb.index;
  }
  // Countries after a preposition ("the situation in Somalia") are not the subject.
  const countries = f.countries
    .filter((c) => c.start >= from && c.end <= at)
    .filter(
      (c) =>
        !actorsOnly ||
        !/\b(?:in|of|on|to|from|with|against|about|over|near|around|for|into)\s+(?:the\s+)?$/i.test(
          text.slice(0, c.start - f.sentence.start),
        ),
    )
    .map((c) => c.value.iso3);
  const people = f.people
    .filter((p) => p.mention.start >= f.sentence.start && p.mention.end <= at)
    .map((p) => p.person.country);
  let parties = [...new Set([...countries, ...people.filter((c): c is string => !!c)])];
  let plural = parties.length >= 2 || /\band\b/.test(text.slice(boundary, rel));
  if (parties.length < 2 && PLURAL_ANAPHOR.test(head)) {
    const source = sentenceEvents[0] ?? last;
    if (source) parties = [...new Set([...parties, ...source.parties])];
    plural = true;
  }
  return { parties, plural };
}

/** "the two countries will": a modal undertaking needs states or a plural as its subject. */
const COLLECTIVE_SUBJECT =
  /(?:\uE000+|\b(?:they|countries|sides|nations|ministers|leaders|governments|militaries|navies|forces|allies|partners))\s+(?:also\s+|further\s+)?$/iu;

/** "A Memorandum of Understanding on military medicine was also signed": the words before the verb. */
function passiveSubject(text: string, rel: number): string[] {
  const head = text.slice(0, rel);
  const name = tidy(head.slice(head.lastIndexOf(', ') + 1)).replace(
    /^(?:a|an|the|two|three)\s+/i,
    '',
  );
  return name.split(' ').length >= 2 ? [name] : [];
}

/** Every country the sentence names as an actor, or the last meeting's when it says "the two ministers". */
function sentenceParties(
  f: SentenceFacts,
  last: EventDraft | undefined,
  sentenceEvents: EventDraft[],
) {
  const named = [
    ...f.countries.map((c) => c.value.iso3),
    ...f.people.map((p) => p.person.country).filter((c): c is string => !!c),
  ];
  let parties = [...new Set(named)];
  if (parties.length < 2 && PLURAL_ANAPHOR.test(f.sentence.text)) {
    const source = sentenceEvents[0] ?? last;
    if (source) parties = [...new Set([...parties, ...source.parties])];
  }
  return { parties, plural: parties.length >= 2 };
}

export function findAgreements(facts: SentenceFacts[], events: EventDraft[]): AgreementDraft[] {
  const drafts: AgreementDraft[] = [];
  for (const f of facts) {
    const text = f.sentence.text;
    let masked = text;
    for (const c of f.countries) {
      const a = c.start - f.sentence.start;
      masked =
        masked.slice(0, a) + MASK.repeat(c.end - c.start) + masked.slice(c.end - f.sentence.start);
    }
    // A merged event is mentioned in several sentences: its quote's and its evidence's.
    const starts = (e: EventDraft) => [e.start, ...e.evidence.map((x) => x.start)];
    const sentenceEvents = events.filter(
      (e) => starts(e).includes(f.sentence.start) && e.parties.length >= 2,
    );
    const last = events
      .filter((e) => e.eventKind === 'MEETING' || e.eventKind === 'VISIT')
      .filter((e) => e.parties.length >= 2 && Math.min(...starts(e)) <= f.sentence.start)
      .sort(
        (a, b) =>
          Math.max(...starts(a).filter((x) => x <= f.sentence.start)) -
          Math.max(...starts(b).filter((x) => x <= f.sentence.start)),
      )
      .pop();
    const base = {
      sentenceIndex: f.sentence.index,
      start: f.sentence.start,
      end: f.sentence.start + text.length,
    };
    const named = [...masked.matchAll(NAMED)].map((m) => ({
      at: m.index ?? 0,
      name: tidy(text.slice(m.index ?? 0, (m.index ?? 0) + m[0].length)),
    }));
    for (const m of masked.matchAll(ALLIANCE)) {
      const at = m.index ?? 0;
      const parties = f.countries
        .filter(
          (c) => c.start - f.sentence.start >= at && c.end - f.sentence.start <= at + m[0].length,
        )
        .map((c) => c.value.iso3);
      drafts.push({
        ...base,
        name: tidy(text.slice(at, at + m[0].length)),
        parties: [...new Set(parties)],
        status: 'in force',
        negated: false,
        rules: ['agreement:alliance'],
        confidence: 0.7,
      });
    }
    const taken: [number, number][] = [];
    for (const verb of VERBS) {
      for (const m of text.matchAll(verb.pattern)) {
        const rel = m.index ?? 0;
        if (taken.some(([a, b]) => rel < b && rel + m[0].length > a)) continue;
        taken.push([rel, rel + m[0].length]);
        if (verb.collective && !COLLECTIVE_SUBJECT.test(masked.slice(0, rel))) continue;
        const { parties, plural } = verb.passive
          ? sentenceParties(f, last, sentenceEvents)
          : subjectParties(f, f.sentence.start + rel, last, sentenceEvents);
        if (parties.length === 0 || (verb.joint && !plural)) continue;
        const negated = NEGATION.test(text.slice(0, rel));
        const namedHere = named.find(
          (n) => n.at >= rel + m[0].length && n.at <= rel + m[0].length + 12,
        );
        const names = namedHere
          ? [namedHere.name]
          : verb.passive
            ? passiveSubject(text, rel)
            : complement(text, rel + m[0].length);
        for (const name of names) {
          drafts.push({
            ...base,
            name,
            parties,
            status: negated ? 'under consideration' : verb.status,
            negated,
            rules: [verb.rule, ...(namedHere ? ['agreement:named'] : [])],
            confidence: negated ? 0.3 : verb.confidence + (namedHere ? 0.05 : 0),
          });
        }
      }
    }
    for (const n of named) {
      if (drafts.some((d) => d.sentenceIndex === f.sentence.index && d.name === n.name)) continue;
      const context = text.toLowerCase();
      // A treaty named with no verb of its own is one the parties live under: in force.
      const inForce =
        /ratif|\bin force\b|(?:entered|entry) into force/.test(context) ||
        /\b(?:Treaty|Alliance)$/.test(n.name);
      const status: AgreementStatus = /negotiat/.test(context)
        ? 'under consideration'
        : inForce
          ? 'in force'
          : /sign/.test(context)
            ? 'signed'
            : 'agreed';
      const { parties } = subjectParties(f, f.sentence.start + n.at, last, sentenceEvents, false);
      const inName = f.countries
        .filter(
          (c) =>
            c.start - f.sentence.start >= n.at && c.end - f.sentence.start <= n.at + n.name.length,
        )
        .map((c) => c.value.iso3);
      const all = [...new Set([...inName, ...parties])];
      if (all.length)
        drafts.push({
          ...base,
          name: n.name,
          parties: all,
          status,
          negated: false,
          rules: ['agreement:named'],
          confidence: 0.5,
        });
    }
  }
  return dedupe(drafts);
}

const contentWords = (name: string) =>
  new Set(
    name
      .toLowerCase()
      .split(/[^\p{L}\p{N}-]+/u)
      .filter(
        (w) => w.length > 2 && !['the', 'and', 'for', 'with', 'its', 'their', 'our'].includes(w),
      ),
  );

/** A headline and its body state one agreement twice: same parties, most words shared. */
function restates(a: AgreementDraft, b: AgreementDraft): boolean {
  if (a.negated !== b.negated || a.parties.length !== b.parties.length) return false;
  if (!a.parties.every((p) => b.parties.includes(p))) return false;
  const wa = contentWords(a.name);
  const wb = contentWords(b.name);
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return shared >= 2 && shared / Math.min(wa.size, wb.size) >= 0.6;
}

/**
 * One agreement per name and parties; an alliance is one whatever the sentence calls it; of
 * two statements of the same agreement (a headline and its body) the longer name stays.
 */
function dedupe(drafts: AgreementDraft[]): AgreementDraft[] {
  const kept: AgreementDraft[] = [];
  for (const d of drafts) {
    const alliance = d.rules.includes('agreement:alliance');
    const twin = kept.find((k) =>
      alliance && k.rules.includes('agreement:alliance')
        ? k.parties.join('+') === d.parties.join('+') ||
          [...k.parties].sort().join() === [...d.parties].sort().join()
        : !k.rules.includes('agreement:alliance') &&
          !alliance &&
          (k.name.toLowerCase() === d.name.toLowerCase()
            ? k.parties.join() === d.parties.join()
            : restates(k, d)),
    );
    if (!twin) kept.push(d);
    else if (!alliance && d.name.length > twin.name.length && d.status === twin.status)
      kept[kept.indexOf(twin)] = d;
  }
  return kept;
}
