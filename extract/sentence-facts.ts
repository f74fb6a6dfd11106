// Everything the gazetteers and patterns found in one sentence, in document offsets: the input
// of the event and agreement rules.
import type { CountryWord } from './gazetteer/countries.ts';
import type { PhraseHit } from './gazetteer/phrase-matcher.ts';
import type { DateMention } from './dates.ts';
import type { Mention } from './mention.ts';
import type { Person, PersonMention } from './people.ts';
import type { Sentence } from './sentences.ts';

export interface PersonInSentence {
  person: Person;
  mention: PersonMention;
}

export interface SentenceFacts {
  sentence: Sentence;
  /** Country hits, document offsets. */
  countries: PhraseHit<CountryWord>[];
  people: PersonInSentence[];
  organizations: Mention[];
  places: Mention[];
  dates: DateMention[];
}

/** "The two leaders", "both sides", "they": the participants of the last meeting. */
export const PLURAL_ANAPHOR =
  /\b(?:the\s+two\s+(?:leaders|men|women|ministers|secretaries|officials|sides|delegations|counterparts|countries|nations|governments|militaries|navies|armies)|both\s+(?:leaders|men|ministers|sides|officials|countries|nations|governments)|the\s+(?:leaders|ministers|officials|defense leaders|defence leaders)|they|their|the\s+pair|the\s+(?:secretary|minister|president|prime\s+minister|chairman|general|admiral)\s+and\s+(?:the|his|her)\s+(?:\w+\s+)?(?:minister|secretary|counterpart|president|chairman|general|admiral))\b/i;
