// Whether the graph changed since an answer was cached. Importers run in other processes, so
// the API cannot see their writes happen; it asks instead, with one statement that costs next
// to nothing: the counter every writer bumps in its transaction (db/write/data-version.ts) and
// the node and relationship counts from Neo4j's count store (no scan), which move even when a
// writer forgot to bump the counter.
import { DATA_VERSION } from '../../schema/model.ts';
import type { Reader } from './reader.ts';

export const dataVersionCypher = `
OPTIONAL MATCH (v:${DATA_VERSION} {id: 'data'})
CALL { MATCH (n) RETURN count(n) AS nodes }
CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN coalesce(v.version, 0) AS version, nodes, relationships`;

export async function readDataVersion(reader: Reader): Promise<string> {
  const [row] = await reader.read(dataVersionCypher);
  return `${String(row?.version)}:${String(row?.nodes)}:${String(row?.relationships)}`;
}

/**
 * Answers kept while the data version stays the same. Each get() reads the version first (one
 * small statement), so an answer is never older than the request that returns it; concurrent
 * misses for one key share one computation.
 */
export class VersionedCache<T> {
  private readonly entries = new Map<string, { version: string; value: Promise<T> }>();

  constructor(private readonly maxEntries = 16) {}

  async get(reader: Reader, key: string, compute: () => Promise<T>): Promise<T> {
    const version = await readDataVersion(reader);
    const hit = this.entries.get(key);
    if (hit && hit.version === version) return hit.value;
    const value = compute();
    this.entries.delete(key);
    this.entries.set(key, { version, value });
    while (this.entries.size > this.maxEntries)
      this.entries.delete(this.entries.keys().next().value!);
    // A failed computation is not kept: the next request tries again.
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    return value;
  }
}
