// Which valid GDELT events an import keeps (--cameo-roots, --states-only). A dropped event is
// "skipped" with the filter's reason, never "rejected": nothing is wrong with it.
import type { GdeltEvent } from './parse-row.ts';

export interface GdeltFilter {
  /** CAMEO root codes to keep ('01'..'20'); undefined keeps every root. */
  cameoRoots: ReadonlySet<string> | undefined;
  /** Keep only events whose two actors are different countries (a dyad). */
  statesOnly: boolean;
}

export const SKIP_CAMEO_ROOT = 'CAMEO root not selected';
export const SKIP_NOT_BETWEEN_STATES = 'not between two states';

export function skipReason(event: GdeltEvent, filter: GdeltFilter): string | undefined {
  if (filter.cameoRoots && !filter.cameoRoots.has(event.cameoRoot)) return SKIP_CAMEO_ROOT;
  if (filter.statesOnly) {
    const a = event.actor1.country;
    const b = event.actor2.country;
    // A state acting on itself (USA → USA) is domestic, not a relation between states.
    if (!a || !b || a.id === b.id) return SKIP_NOT_BETWEEN_STATES;
  }
  return undefined;
}

/**
 * Parses --cameo-roots: 'all', or a comma-separated list of root codes ('4' and '04' both
 * mean consult). Throws with a message naming the bad value.
 */
export function parseCameoRoots(value: string): ReadonlySet<string> | undefined {
  if (value.trim().toLowerCase() === 'all') return undefined;
  const roots = new Set<string>();
  for (const part of value.split(',')) {
    const root = part.trim().padStart(2, '0');
    const n = Number(root);
    if (!/^\d{2}$/.test(root) || n < 1 || n > 20) {
      throw new Error(
        `--cameo-roots: ${JSON.stringify(part.trim())} is not a CAMEO root code (01-20) or 'all'`,
      );
    }
    roots.add(root);
  }
  return roots;
}
