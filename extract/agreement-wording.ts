// The wording of agreements: which verbs report one and with what status, how a named
// agreement looks ("Reciprocal Defense Procurement Agreement", "the U.S.-Japan alliance"), and
// where the words of what was agreed end (complement).
import type { AgreementStatus } from './candidate.ts';
import { tidy } from './mention.ts';

export interface Verb {
  pattern: RegExp;
  status: AgreementStatus;
  rule: string;
  confidence: number;
  /** One party's pledge is no agreement: these need two parties or a plural subject. */
  joint?: boolean;
  /** "will hold": the subject must be countries or a plural ("the two countries"), not a person or a thing. */
  collective?: boolean;
  /** "X was signed": what was agreed stands before the verb. */
  passive?: boolean;
}

/** Verbs of a joint undertaking: "agreed to deepen ... and hold ...", "will conduct". */
export const UNDERTAKING_VERBS =
  'hold|conduct|establish|expand|strengthen|deepen|increase|continue|explore|develop|launch|sign|build|enhance|promote|pursue|resume|share|improve|deploy|update|create|form|begin|start|consider|study|review|accelerate|advance|bolster|boost|modernize|modernise|reinforce|work|cooperate|collaborate|co-develop|co-produce|step\\s+up';

export const VERBS: Verb[] = [
  {
    pattern: /\b(?:was|were|has\s+been|have\s+been)\s+(?:also\s+)?signed\b/gi,
    status: 'signed',
    rule: 'agreement:signed-passive',
    confidence: 0.75,
    passive: true,
  },
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
    pattern: new RegExp(
      `\\b(?:agreed|confirmed|affirmed|decided)\\s+that\\s+(?:they|both\\s+sides|the\\s+two\\s+\\w+)\\s+would\\s+(?:also\\s+|further\\s+|jointly\\s+)?(?=(?:${UNDERTAKING_VERBS})\\b)`,
      'gi',
    ),
    status: 'agreed',
    rule: 'agreement:agreed-that',
    confidence: 0.6,
    joint: true,
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
    pattern: new RegExp(
      `\\b(?:will|shall)\\s+(?:also\\s+|further\\s+|jointly\\s+)?(?=(?:${UNDERTAKING_VERBS})\\b)`,
      'gi',
    ),
    status: 'planned',
    rule: 'agreement:will',
    confidence: 0.55,
    collective: true,
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

export const NAMED =
  /(?<![\p{L}])(?:(?:\p{Lu}[\p{L}'’-]*|U\.S\.|\uE000+)[\s-]+){1,7}(?:Agreement|Treaty|Accord|Pact|Arrangement|Memorandum of Understanding|Memorandum|Declaration|Roadmap|Framework|Charter|Protocol|Convention)(?![\p{L}])/gu;
export const ALLIANCE =
  /(?<![\p{L}])\uE000+(?:[-–]\uE000+)+(?:\s+(?:bilateral|security|defense|defence|military))?\s+(?:alliance|treaty alliance)\b/giu;
/** Verbs that begin a second commitment in "agreed to deepen cooperation and hold an exercise". */
const NEXT_VERB = new RegExp(`,?\\s+and\\s+(?=(?:to\\s+)?(?:${UNDERTAKING_VERBS})\\b)`, 'i');

/** The complement of the verb up to the end of its clause: what was agreed. */
export function complement(text: string, from: number): string[] {
  const rest = text.slice(from).replace(/^[\s“"]+/, '');
  const cut = rest.search(
    /(?<!(?:^|[\s.])\p{Lu})[.!?](?=\s|$)|[;:“”"]|,?\s+(?:but|while|although|whereas)\b|,\s+(?:which|who|including|as|particularly|especially|in order)\b|\s+as\s+(?:both|the|they|it|he|she)\b|,\s+(?:the\s+|a\s+)?[\w\s]{0,30}?\b(?:said|says|told|added|reported)\b/u,
  );
  const clause = (cut < 0 ? rest : rest.slice(0, cut)).trim();
  return clause
    .split(NEXT_VERB)
    .map((part) =>
      tidy(part)
        .replace(/,$/, '')
        .replace(/^to\s+/, ''),
    )
    .filter((p) => p.split(' ').length >= 2);
}
