// link(): candidates named in the graph get its id, through an injected lookup; ambiguity and
// absence leave linkedId null.
import { describe, expect, it } from 'vitest';
import { extract } from '../../extract/extract.ts';
import { link, type EntityLookup } from '../../extract/link.ts';

describe('link', () => {
  const { candidates } = extract(
    'U.S. Secretary of Defense Lloyd Austin welcomed Japanese Defense Minister Yasukazu Hamada to the Pentagon.',
  );
  const graph: Record<string, string[]> = {
    'person:Lloyd Austin': ['person:lloyd-austin'],
    'person:Yasukazu Hamada': ['person:yasukazu-hamada', 'person:another-hamada'],
  };
  const asked: string[] = [];
  const lookup: EntityLookup = (name, kind) => {
    asked.push(`${kind}:${name}`);
    return graph[`${kind}:${name}`] ?? [];
  };

  it('links one answer, leaves an ambiguous or missing name unlinked, countries by code', async () => {
    const linked = await link(candidates, lookup);
    const byName = (name: string) => linked.find((c) => 'name' in c && c.name === name)?.linkedId;
    expect(byName('Lloyd Austin')).toBe('person:lloyd-austin');
    expect(byName('Yasukazu Hamada')).toBeNull();
    expect(byName('Pentagon')).toBeNull();
    expect(linked.find((c) => c.kind === 'country' && c.iso3 === 'JPN')?.linkedId).toBe(
      'country:JPN',
    );
    expect(linked.filter((c) => c.kind === 'event').every((c) => c.linkedId === null)).toBe(true);
  });

  it('asks once per name and kind, and leaves the input untouched', async () => {
    asked.length = 0;
    await link([...candidates, ...candidates], lookup);
    expect(new Set(asked).size).toBe(asked.length);
    expect(candidates.every((c) => c.linkedId === null)).toBe(true);
  });
});
