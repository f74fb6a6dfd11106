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
import type { EventDraft } from './events.ts';
import { MASK } from './mask.ts';
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

interface Verb {
  pattern: RegExp;
  status: AgreementStatus;
  rule: string;
  confidence: number;
  /** One party's pledge is no agreement: these need two parties or a plural subject. */
  joint?: boolean;
}

const VERBS: Verb[] = [
  {
    pattern: /\b(?:will|plans?\s+to|intends?\s+to|(?:is|are)\s+set\s+to)\s+sign\b/gi,
    status: 'planned',
    rule: 'agreement:will-sign',
    confidence: 0.7,
  },
  {
    pattern: /\b(?:signed|inked|to\s+sign|signing\s+of)\b/gi,
    status: 'signed',
    rule: 'agreement:signed',
    confidence: 0.85,
  },
  {
    pattern:
      /\b(?:agreed|agree)\s+(?:to|on|upon|that)\b|\breached\s+(?:an\s+)?agreement\s+(?:to|on)\b/gi,
    status: 'agreed',
    rule: 'agreement:agreed',
    confidence: 0.8,
  },
  {
    pattern:
      /\b(?:pledged|vowed|committed|resolved)\s+to\b|\breaffirmed\s+(?:their|the|a)\s+(?:\w+\s+)?(?:commitment|intention|resolve|pledge)\s+to\b/gi,
    status: 'agreed',
    rule: 'agreement:joint-commitment',
    confidence: 0.65,
    joint: true,
  },
  {
    pattern: /\b(?:plans?|planned|intends?|aims?)\s+to\b|\b(?:is|are)\s+(?:scheduled|set)\s+to\b/gi,
    status: 'planned',
    rule: 'agreement:plans',
    confidence: 0.6,
  },
  {
    pattern: /\b(?:is|are|was|were)\s+considering\b|\b(?:will|to)\s+consider\b/gi,
    status: 'under consideration',
    rule: 'agreement:considering',
    confidence: 0.6,
  },
];

const NAMED =
  /(?<![\p{L}])(?:(?:\p{Lu}[\p{L}'’-]*|U\.S\.|\uE000+)[\s-]+){1,7}(?:Agreement|Treaty|Accord|Pact|Arrangement|Memorandum of Understanding|Memorandum|Declaration|Roadmap|Framework|Charter|Protocol|Convention)(?![\p{L}])/gu;
const ALLIANCE =
  /(?<![\p{L}])\uE000+(?:[-–]\uE000+)+(?:\s+(?:bilateral|security|defense|defence|military))?\s+(?:alliance|treaty alliance)\b/giu;
/** Verbs that begin a second commitment in "agreed to deepen cooperation and hold an exercise". */
const NEXT_VERB =
  /,?\s+and\s+(?=(?:to\s+)?(?:hold|conduct|establish|expand|strengthen|deepen|increase|continue|explore|develop|launch|sign|build|enhance|promote|pursue|resume|share|improve|deploy|update|create|form|begin|start|consider|study|review|accelerate|advance|bolster|boost|modernize|modernise|reinforce|work)\b)/i;

/** The complement of the verb up to the end of its clause: what was agreed. */
function complement(text: string, from: number): string[] {
  const rest = text.slice(from).replace(/^[\s“"]+/, '');
  const cut = rest.search(
    /(?<!(?:^|[\s.])\p{Lu})[.!?](?=\s|$)|[;:“”"]|,\s+(?:which|who|including|while|as|but|particularly|especially|in order)\b|\s+as\s+(?:both|the|they|it|he|she)\b/u,
  );
  const clause = (cut < 0 ? rest : rest.slice(0, cut)).trim();
  return clause
    .split(NEXT_VERB)
    .map((part) => tidy(part).replace(/,$/, ''))
    .filter((p) => p.split(' ').length >= 2);
}

function subjectParties(
  f: SentenceFacts,
  at: number,
  last: EventDraft | undefined,
  sentenceEvents: EventDraft[],
) {
  const text = f.sentence.text;
  const rel = at - f.sentence.start;
  const head = text.slice(0, rel);
  const that = [...head.matchAll(/\bthat\s+/g)].pop();
  const boundary = Math.max(
    head.lastIndexOf(', ') + 1,
    that ? (that.index ?? 0) + that[0].length : 0,
  );
  const from = f.sentence.start + boundary;
  const countries = f.countries
    .filter((c) => c.start >= from && c.end <= at)
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
    const sentenceEvents = events.filter(
      (e) => e.sentenceIndex === f.sentence.index && e.parties.length >= 2,
    );
    const last = [...events]
      .reverse()
      .find(
        (e) =>
          e.sentenceIndex <= f.sentence.index &&
          e.parties.length >= 2 &&
          (e.eventKind === 'MEETING' || e.eventKind === 'VISIT'),
      );
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
        const { parties, plural } = subjectParties(f, f.sentence.start + rel, last, sentenceEvents);
        if (parties.length === 0 || (verb.joint && !plural)) continue;
        const negated = NEGATION.test(text.slice(0, rel));
        const namedHere = named.find(
          (n) => n.at >= rel + m[0].length && n.at <= rel + m[0].length + 12,
        );
        const names = namedHere ? [namedHere.name] : complement(text, rel + m[0].length);
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
      const status: AgreementStatus = /ratif|in force|entered into force/.test(context)
        ? 'in force'
        : /negotiat/.test(context)
          ? 'under consideration'
          : /sign/.test(context)
            ? 'signed'
            : 'agreed';
      const { parties } = subjectParties(f, f.sentence.start + n.at, last, sentenceEvents);
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

/** One agreement per name and parties; an alliance is one whatever the sentence calls it. */
function dedupe(drafts: AgreementDraft[]): AgreementDraft[] {
  const seen = new Map<string, AgreementDraft>();
  for (const d of drafts) {
    const parties = [...d.parties].sort().join('+');
    const key = d.rules.includes('agreement:alliance')
      ? `alliance:${parties}`
      : `${d.name.toLowerCase()}:${parties}`;
    if (!seen.has(key)) seen.set(key, d);
  }
  return [...seen.values()];
}
