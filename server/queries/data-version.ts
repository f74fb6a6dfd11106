// Whether the graph changed since an answer was cached. Importers run in other processes, so
// the API cannot see their writes happen; it asks instead, with one statement that costs next
// to nothing: the node and relationship counts, which Neo4j keeps in its count store (no
// scan). Every import that adds or removes anything moves them. A write that only changes
// properties in place (an ATOP release corrected and imported again) does not, so no answer
// is kept longer than MAX_AGE_MS either; writes made through this API process (curation)
// call invalidate() on its caches at once.
import type { Reader } from './reader.ts';

export const dataVersionCypher = `
CALL { MATCH (n) RETURN count(n) AS nodes }
CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships`;

/** Longest an answer is kept when the counts do not move. */
export const MAX_AGE_MS = 60_000;

export async function readDataVersion(reader: Reader): Promise<string> {
  const [row] = await reader.read(dataVersionCypher);
  return `${String(row?.nodes)}:${String(row?.relationships)}`;
}

/**
 * Answers kept while the data version stays the same. Each get() reads the version first (one
 * small statement), so an answer is never older than the request that returns it; concurrent
 * misses for one key share one computation.
 */
export class VersionedCache<T> {
  private readonly entries = new Map<string, { version: string; at: number; value: Promise<T> }>();

  constructor(private readonly maxEntries = 16) {}

  /** Forgets every answer: the next request computes afresh. */
  invalidate(): void {
    this.entries.clear();
  }

  async get(reader: Reader, key: string, compute: () => Promise<T>): Promise<T> {
    const version = await readDataVersion(reader);
    const hit = this.entries.get(key);
    if (hit && hit.version === version && Date.now() - hit.at < MAX_AGE_MS) return hit.value;
    const value = compute();
    this.entries.delete(key);
    this.entries.set(key, { version, at: Date.now(), value });
    while (this.entries.size > this.maxEntries)
      this.entries.delete(this.entries.keys().next().value!);
    // A failed computation is not kept: the next request tries again.
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    return value;
  }
}
