// Statements: a sentence that quotes someone ("“...,” Austin said"; "Hamada said that “...”").
// The speaker is the person named nearest before the verb of speech (or right after it); the party is the
// speaker's country; CAMEO 010 (make a statement). Only sentences with quotation marks count: "Austin
// underscored the commitment" reports a position, and its sentence is already the evidence of
// whatever else it says.
import type { EventDraft } from './event-draft.ts';
import type { SentenceFacts } from './sentence-facts.ts';

/** Quotation marks, opening or closing: a quotation may have begun in the sentence before. */
const QUOTED = /[“”"]/;
const SPEECH =
  /\b(?:said|says|added|stated|told|noted|stressed|underscored|emphasized|emphasised|declared|wrote|highlighted|affirmed|reaffirmed)\b/gi;

export function findStatements(facts: SentenceFacts[]): EventDraft[] {
  const drafts: EventDraft[] = [];
  for (const f of facts) {
    const text = f.sentence.text;
    if (!QUOTED.test(text)) continue;
    for (const verb of text.matchAll(SPEECH)) {
      const at = f.sentence.start + (verb.index ?? 0);
      const end = at + verb[0].length;
      // "..., Austin said", "Hamada said that": the nearest person before the verb, or one right
      // after it ("said Austin").
      const before = f.people
        .filter((p) => p.mention.end <= at)
        .sort((a, b) => b.mention.end - a.mention.end)[0];
      const after = f.people.find((p) => p.mention.start >= end && p.mention.start - end <= 3);
      const speaker = before ?? after;
      if (!speaker) continue;
      const country = speaker.person.country;
      drafts.push({
        eventKind: 'STATEMENT',
        cameoCode: '010',
        participants: [speaker.person],
        extraParties: [],
        parties: country ? [country] : [],
        date: f.dates.find((d) => d.role === 'point') ?? null,
        place: null,
        negated: false,
        sentenceIndex: f.sentence.index,
        triggerStart: at,
        triggerEnd: end,
        start: f.sentence.start,
        end: f.sentence.start + text.length,
        rules: ['event:quoted-statement'],
        confidence: 0.7,
        evidence: [],
      });
      break;
    }
  }
  return drafts;
}
