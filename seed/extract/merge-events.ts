// One event per happening: a readout names its meeting in the title, the opening sentence and a
// caption ("the two men met today"). Drafts of the same kind with the same participants (or,
// without participants, the same parties) whose dates and places do not conflict are one
// event; the first sentence stays the quote and the others become its evidence, so the date
// taken from a later sentence keeps its own quote.
import type { EventDraft } from './events.ts';

const group = (d: EventDraft) => (d.eventKind === 'VISIT' ? 'MEETING' : d.eventKind);

function sameActors(a: EventDraft, b: EventDraft): boolean {
  if (a.participants.length || b.participants.length) {
    if (a.participants.length !== b.participants.length) return false;
    return a.participants.every((p) => b.participants.includes(p));
  }
  return a.parties.length === b.parties.length && a.parties.every((p) => b.parties.includes(p));
}

function compatible(a: EventDraft, b: EventDraft): boolean {
  if (a.eventKind !== b.eventKind || group(a) !== group(b) || a.negated !== b.negated) return false;
  if (!sameActors(a, b)) return false;
  if (a.date?.date && b.date?.date && a.date.date !== b.date.date) return false;
  if (a.place && b.place && a.place.name !== b.place.name) return false;
  return true;
}

export function mergeEvents(drafts: readonly EventDraft[]): EventDraft[] {
  const merged: EventDraft[] = [];
  for (const draft of drafts) {
    const into = merged.find((m) => compatible(m, draft));
    if (!into) {
      merged.push({ ...draft, evidence: [...draft.evidence] });
      continue;
    }
    if (!into.date?.date && draft.date?.date) into.date = draft.date;
    into.place ??= draft.place;
    if (draft.start !== into.start) into.evidence.push({ start: draft.start, end: draft.end });
    into.rules = [...new Set([...into.rules, ...draft.rules, 'event:merged'])];
    into.confidence = Math.max(into.confidence, draft.confidence);
  }
  return merged;
}
