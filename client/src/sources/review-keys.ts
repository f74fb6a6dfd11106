// The review keys: one letter per action, shown on screen beside the buttons, so a reviewer
// goes through a source's candidates without the mouse. Pure, so the mapping is tested alone.

export type ReviewAction =
  | 'accept'
  | 'reject'
  | 'edit'
  | 'merge'
  | 'retract'
  | 'next'
  | 'previous'
  | 'nextPending'
  | 'showInGraph';

/** Key → action, in the order the help line lists them. */
export const REVIEW_KEYS: readonly {
  key: string;
  also?: string;
  action: ReviewAction;
  label: string;
}[] = [
  { key: 'a', action: 'accept', label: 'accept' },
  { key: 'r', action: 'reject', label: 'reject' },
  { key: 'e', action: 'edit', label: 'edit, then accept' },
  { key: 'm', action: 'merge', label: 'merge into…' },
  { key: 'j', also: 'ArrowDown', action: 'next', label: 'next' },
  { key: 'k', also: 'ArrowUp', action: 'previous', label: 'previous' },
  { key: 'n', action: 'nextPending', label: 'next pending' },
  { key: 'g', action: 'showInGraph', label: 'show in graph' },
  { key: 'x', action: 'retract', label: 'retract' },
];

export interface KeyPress {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  /** The element the key went to: keys typed into a field are text, not commands. */
  target?: EventTarget | null;
}

function isTyping(target: EventTarget | null | undefined): boolean {
  if (!target || typeof (target as HTMLElement).tagName !== 'string') return false;
  const element = target as HTMLElement;
  return element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName);
}

/** The action a key press asks for, or null (modifiers and typing in a field are never commands). */
export function reviewAction(press: KeyPress): ReviewAction | null {
  if (press.ctrlKey || press.metaKey || press.altKey || isTyping(press.target)) return null;
  const hit = REVIEW_KEYS.find((k) => k.key === press.key || k.also === press.key);
  return hit?.action ?? null;
}

/**
 * The candidate to move to: `next`/`previous` step through all of them in text order,
 * `nextPending` to the first pending one after the current (wrapping round); null when none.
 */
export function stepCandidate(
  candidates: readonly { id: string; status: string }[],
  current: string | null,
  step: 'next' | 'previous' | 'nextPending',
): string | null {
  if (candidates.length === 0) return null;
  const at = candidates.findIndex((c) => c.id === current);
  if (step === 'next') return candidates[Math.min(at + 1, candidates.length - 1)]!.id;
  if (step === 'previous') return candidates[Math.max(at - 1, 0)]!.id;
  for (let i = 1; i <= candidates.length; i += 1) {
    const c = candidates[(Math.max(at, 0) + i - (at < 0 ? 1 : 0)) % candidates.length]!;
    if (c.status === 'PENDING') return c.id;
  }
  return null;
}
