// The Cypher text of the root fields, pinned without a database (in the spirit of
// neo4j/graphql's TCK): a change to a shared fragment shows in review as a diff of these files.
// After a deliberate change, `npx vitest run --project cypher -u` rewrites them.
import { describe, expect, it } from 'vitest';
import { countryNetworkCypher } from '../../server/queries/country-network.ts';
import { dyadCypher, dyadParts } from '../../server/queries/dyad.ts';
import { entityCypher } from '../../server/queries/entity.ts';
import { NODE_ONLY, type EntityWants } from '../../server/queries/entity-rows.ts';
import type { GraphWants } from '../../server/queries/graph-wants.ts';
import { searchCypher } from '../../server/queries/search.ts';
import { neighborhoodCypher } from '../../server/queries/neighborhood.ts';
import { shortestPathsCypher } from '../../server/queries/shortest-path.ts';

/** The explorer's event rows in the dyad panel, and a nested question: actors with agreements. */
const WITH_EVIDENCE: EntityWants = { ...NODE_ONLY, evidence: true };
const NESTED: EntityWants = {
  ...WITH_EVIDENCE,
  participants: {
    actor: { ...NODE_ONLY, agreements: { first: 'p1', agreement: NODE_ONLY } },
  },
  place: { entity: null },
  relations: { first: 'p0', evidence: true },
};

/** A graph drawn without its facts: ids, labels and ends only (no properties, no evidence). */
const OUTLINE: GraphWants = {
  nodes: { properties: false, evidence: false },
  edges: { properties: false, evidence: false },
};
/** The nodes with their properties, no edges and no evidence selected. */
const NODES_ONLY: GraphWants = { nodes: { properties: true, evidence: false }, edges: null };
/** Evidence selected but no properties. */
const EVIDENCE_ONLY: GraphWants = {
  nodes: { properties: false, evidence: true },
  edges: { properties: false, evidence: true },
};

const STATEMENTS: Record<string, string> = {
  'entity-name-only': entityCypher(NODE_ONLY),
  'entity-nested': entityCypher(NESTED),
  'search-ids': searchCypher(NODE_ONLY),
  'dyad-explorer': dyadCypher({
    a: NODE_ONLY,
    b: NODE_ONLY,
    events: NODE_ONLY,
    agreements: NODE_ONLY,
    transfers: NODE_ONLY,
    parts: dyadParts(new Set(['years', 'events', 'agreements', 'transferCount', 'transfers'])),
  }),
  'dyad-years-only': dyadCypher({
    a: NODE_ONLY,
    b: NODE_ONLY,
    events: NODE_ONLY,
    agreements: NODE_ONLY,
    transfers: NODE_ONLY,
    parts: dyadParts(new Set(['years'])),
  }),
  'neighborhood-depth-1': neighborhoodCypher(1),
  'neighborhood-depth-2': neighborhoodCypher(2),
  'neighborhood-depth-3': neighborhoodCypher(3),
  'neighborhood-depth-2-outline': neighborhoodCypher(2, OUTLINE),
  'neighborhood-depth-1-nodes-only': neighborhoodCypher(1, NODES_ONLY),
  'shortest-paths-max-hops-6': shortestPathsCypher(6),
  'shortest-paths-outline': shortestPathsCypher(6, OUTLINE),
  'shortest-paths-evidence-only': shortestPathsCypher(6, EVIDENCE_ONLY),
  'country-network': countryNetworkCypher('totals', true),
  'country-network-cells': countryNetworkCypher('cells', true),
  'country-network-range': countryNetworkCypher('totals', false),
  'country-network-range-outline': countryNetworkCypher('totals', false, OUTLINE),
};

describe('Cypher statements', () => {
  for (const [name, text] of Object.entries(STATEMENTS)) {
    it(`${name} is the pinned text`, async () => {
      await expect(`${text.trim()}\n`).toMatchFileSnapshot(`./statements/${name}.cypher`);
    });
  }

  it('neighborhood repeats one level block per hop', () => {
    const levels = (depth: 1 | 2 | 3) => neighborhoodCypher(depth).split('LIMIT $scan').length - 1;
    expect([levels(1), levels(2), levels(3)]).toEqual([1, 2, 3]);
  });

  it('graph statements read no Source and no properties that nobody selected', () => {
    for (const text of [neighborhoodCypher(2, OUTLINE), shortestPathsCypher(6, OUTLINE)]) {
      expect(text).not.toMatch(/:Source|properties\(|evidence/);
    }
    expect(neighborhoodCypher(1, NODES_ONLY)).not.toMatch(/:Source|\[r IN rels \|/);
    expect(shortestPathsCypher(6, EVIDENCE_ONLY)).toContain(':Source');
    expect(shortestPathsCypher(6, EVIDENCE_ONLY)).not.toContain('properties(');
  });

  it('shortestPaths splices only a checked integer', () => {
    expect(shortestPathsCypher(4)).toContain('allShortestPaths((a)-[*..4]-(b))');
    expect(() => shortestPathsCypher(11)).toThrow(RangeError);
    expect(() => shortestPathsCypher(2.5)).toThrow(RangeError);
  });
});
