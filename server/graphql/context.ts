// What every resolver receives: the reader through which its one statement runs, the answers
// the app keeps while the data version stays the same, and for writes the database and the
// verified principal.
import type { CurationHooks } from '../../db/curation/review.ts';
import type { Principal } from '../../db/curation/tokens.ts';
import type { FetchedText } from '../curation/fetch-source.ts';
import type { Database } from '../../db/connect.ts';
import type { Graph } from '../../schema/graph.ts';
import type { DataSpan } from '../queries/data-span.ts';
import { VersionedCache } from '../queries/data-version.ts';
import type { Reader } from '../queries/reader.ts';

export interface Caches {
  /** The country network's default view (no filter, no options), by limit and selection. */
  network: VersionedCache<Graph>;
  dataSpan: VersionedCache<DataSpan>;
}

export function createCaches(): Caches {
  return { network: new VersionedCache(8), dataSpan: new VersionedCache(1) };
}

export interface Context {
  reader: Reader;
  caches: Caches;
  /** The database the curation mutations write to, one transaction each. */
  db: Pick<Database, 'driver' | 'database'>;
  /** Set by the write-auth plugin (server/auth) once a token is verified, for operations that need one. */
  principal?: Principal;
  /** Test hooks inside the curation transactions; none in production. */
  curationHooks: CurationHooks;
  /** Fetches a URL source (server/curation/fetch-source.ts), bounded and SSRF-checked. */
  fetchText: (url: string) => Promise<FetchedText>;
}
