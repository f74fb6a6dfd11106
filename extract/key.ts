// A stable key for a candidate: the same text run through the same extractor version gives the
// same keys, so a review queue can tell a candidate it has seen from a new one.
import { createHash } from 'node:crypto';

/** First 16 hex digits of SHA-256 over the parts, joined by a separator no field contains. */
export function candidateKey(
  parts: readonly (string | number | null | readonly string[])[],
): string {
  const text = parts
    .map((p) => (Array.isArray(p) ? [...p].sort().join(',') : String(p ?? '')))
    .join('\u241f');
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

export function normalizeForKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}
