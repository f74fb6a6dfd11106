// Linking candidates to entities already in the graph, through an injected lookup, so the
// library stays pure: the CLI passes one that asks Neo4j (cli/graph-lookup.ts), tests pass a
// map. A country links to its reference node (`country:ISO3`, always in the graph) without a
// lookup. A name that the lookup answers with more than one id is left unlinked: a reviewer
// chooses, the extractor does not guess.
import type { Candidate, CandidateKind } from './candidate.ts';

/** The kinds whose names are looked up (events and agreements have no single name to look up). */
export type LinkableKind = Exclude<CandidateKind, 'country' | 'event' | 'agreement'>;

/** Ids of existing nodes of this kind that answer to the name (exactly, or as an alias). */
export type EntityLookup = (name: string, kind: LinkableKind) => Promise<string[]> | string[];

const LINKABLE = new Set<CandidateKind>(['person', 'organization', 'place', 'weaponSystem']);

/** Returns new candidates with `linkedId` set where exactly one existing node answers. */
export async function link(
  candidates: readonly Candidate[],
  lookup: EntityLookup,
): Promise<Candidate[]> {
  const cache = new Map<string, Promise<string[]>>();
  const ask = (name: string, kind: LinkableKind) => {
    const key = `${kind}\u241f${name}`;
    if (!cache.has(key)) cache.set(key, Promise.resolve(lookup(name, kind)));
    return cache.get(key) as Promise<string[]>;
  };
  return Promise.all(
    candidates.map(async (c): Promise<Candidate> => {
      if (c.kind === 'country') return { ...c, linkedId: `country:${c.iso3}` };
      if (!LINKABLE.has(c.kind) || !('name' in c)) return c;
      const ids = [...new Set(await ask(c.name, c.kind as LinkableKind))];
      return { ...c, linkedId: ids.length === 1 ? (ids[0] as string) : null };
    }),
  );
}
