// One event per happening: a readout names its meeting in the title, the opening sentence and a
// caption ("the two men met today"). Drafts of the same kind with the same participants (or,
// without participants, the same parties) whose dates and places do not conflict are one
// event. Its quote is the sentence that says most (a date, then a place, before a title or a
// bare mention); the other sentences become its evidence.
import type { EventDraft } from './event-draft.ts';

function sameActors(a: EventDraft, b: EventDraft): boolean {
  if (a.participants.length || b.participants.length) {
    if (a.participants.length !== b.participants.length) return false;
    return a.participants.every((p) => b.participants.includes(p));
  }
  return a.parties.length === b.parties.length && a.parties.every((p) => b.parties.includes(p));
}

function compatible(group: EventDraft[], draft: EventDraft): boolean {
  return group.every((a) => {
    if (a.eventKind !== draft.eventKind || a.negated !== draft.negated) return false;
    // Each quotation is a statement of its own, however often one person speaks.
    if (a.eventKind === 'STATEMENT') return false;
    if (!sameActors(a, draft)) return false;
    if (a.date?.date && draft.date?.date && a.date.date !== draft.date.date) return false;
    return !(a.place && draft.place && a.place.name !== draft.place.name);
  });
}

const informative = (d: EventDraft) =>
  (d.date?.date ? 4 : 0) + (d.place ? 2 : 0) + (d.rules.includes('event:anaphor') ? 0 : 1);

export function mergeEvents(drafts: readonly EventDraft[]): EventDraft[] {
  const groups: EventDraft[][] = [];
  for (const draft of drafts) {
    const group = groups.find((g) => compatible(g, draft));
    if (group) group.push(draft);
    else groups.push([draft]);
  }
  return groups.map((group) => {
    const best = [...group].sort(
      (a, b) => informative(b) - informative(a) || a.start - b.start,
    )[0] as EventDraft;
    const merged: EventDraft = { ...best, evidence: [...best.evidence], rules: [...best.rules] };
    for (const other of group) {
      if (other === best) continue;
      if (!merged.date?.date && other.date?.date) merged.date = other.date;
      merged.place ??= other.place;
      if (other.start !== merged.start && !merged.evidence.some((e) => e.start === other.start))
        merged.evidence.push({ start: other.start, end: other.end });
      merged.rules = [...new Set([...merged.rules, ...other.rules])];
      merged.confidence = Math.max(merged.confidence, other.confidence);
    }
    if (group.length > 1) merged.rules.push('event:merged');
    merged.evidence.sort((a, b) => a.start - b.start);
    return merged;
  });
}
