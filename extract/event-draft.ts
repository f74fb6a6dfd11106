// An event as the rules find it in one sentence, before candidates are built: its own module so
// that person-countries.ts (which settles the participants' countries) and events.ts (which
// finds them) can both use it without importing each other.
import type { EventKind } from './candidate.ts';
import type { DateMention } from './dates.ts';
import type { Mention } from './mention.ts';
import type { Person } from './people.ts';

export interface EventDraft {
  eventKind: EventKind;
  cameoCode: string;
  participants: Person[];
  /** Countries taking part that are not a participant's: a visit's destination, named states. */
  extraParties: string[];
  parties: string[];
  date: DateMention | null;
  place: Mention | null;
  negated: boolean;
  sentenceIndex: number;
  /** Where the trigger word stands: people before it are the subject, after it the object. */
  triggerStart: number;
  triggerEnd: number;
  start: number;
  end: number;
  rules: string[];
  confidence: number;
  /** Other sentences merged into this event (merge-events.ts). */
  evidence: { start: number; end: number }[];
}
