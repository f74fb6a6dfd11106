// GET /export/{format}: the API's graph views as files that Gephi and networkx open, parsed
// back here with well-kept readers; nodes and edges keep their properties and evidence.
import { unzipSync, strFromU8 } from 'fflate';
import { parse as parseCsv } from 'csv-parse/sync';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { DOMParser } from '@xmldom/xmldom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connect.ts';
import { loadSeed } from '../../seed/load-seed.ts';
import { apiOn, graphql } from '../support/api.ts';
import { resetDatabase, useTestDatabase } from '../support/database.ts';

let db: Database;
let app: ReturnType<typeof apiOn>;
let expected: {
  nodes: { id: string }[];
  edges: { source: string; target: string; type: string }[];
};

const VIEW = 'view=neighborhood&ids=person:yasukazu-hamada&depth=2&limit=100';

beforeAll(async () => {
  db = await useTestDatabase();
  await resetDatabase(db);
  await loadSeed(db);
  app = apiOn(db);
  const { data } = await graphql<{ neighborhood: typeof expected }>(
    app,
    '{ neighborhood(ids: ["person:yasukazu-hamada"], depth: 2, limit: 100) { nodes { id } edges { source target type } } }',
  );
  expected = data!.neighborhood;
});
afterAll(() => db.close());

const download = async (path: string) => app.fetch(`http://entente.test${path}`);
const nodeIds = () => expected.nodes.map((n) => n.id).sort();
const edgeKeys = (edges: { source: string; target: string; type: string }[]) =>
  edges.map((e) => `${e.source} ${e.type} ${e.target}`).sort();

describe('GET /export', () => {
  it('gives GraphML that a GraphML reader turns back into the same nodes, edges and evidence', async () => {
    const response = await download(`/export/graphml?${VIEW}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/graphml+xml');
    expect(response.headers.get('content-disposition')).toMatch(
      /attachment; filename="entente-neighborhood\.graphml"/,
    );
    const graph = parseGraphml(
      Graph,
      new DOMParser().parseFromString(await response.text(), 'application/xml') as never,
      { addMissingNodes: false },
    );
    expect(graph.nodes().sort()).toEqual(nodeIds());
    expect(graph.size).toBe(expected.edges.length);
    const hamada = graph.getNodeAttributes('person:yasukazu-hamada');
    expect(hamada.label).toBe('Yasukazu Hamada');
    expect(String(hamada.quotes)).toContain('Japanese Defense Minister Yasukazu Hamada');
  });

  it('gives GEXF that a GEXF reader turns back into the same graph', async () => {
    const response = await download(`/export/gexf?${VIEW}`);
    expect(response.status).toBe(200);
    const graph = parseGexf(Graph, await response.text());
    expect(graph.nodes().sort()).toEqual(nodeIds());
    expect(graph.size).toBe(expected.edges.length);
    expect(String(graph.getNodeAttribute('person:yasukazu-hamada', 'sources'))).toMatch(
      /source:article:/,
    );
  });

  it('gives a zip of nodes.csv and edges.csv with their sources', async () => {
    const response = await download(`/export/csv?${VIEW}`);
    expect(response.headers.get('content-type')).toBe('application/zip');
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const nodes = parseCsv(strFromU8(files['nodes.csv']!), { columns: true }) as Record<
      string,
      string
    >[];
    const edges = parseCsv(strFromU8(files['edges.csv']!), { columns: true }) as Record<
      string,
      string
    >[];
    expect(nodes.map((n) => n.id).sort()).toEqual(nodeIds());
    expect(
      edgeKeys(edges.map((e) => ({ source: e.source!, target: e.target!, type: e.type! }))),
    ).toEqual(edgeKeys(expected.edges));
    expect(strFromU8(files['README.txt']!)).toMatch(/US, Japan defense leaders/);
  });

  it('gives Cytoscape JSON with every element', async () => {
    const json = await (await download(`/export/json?${VIEW}`)).json();
    expect(json.elements.nodes.map((n: { data: { id: string } }) => n.data.id).sort()).toEqual(
      nodeIds(),
    );
    expect(json.elements.edges).toHaveLength(expected.edges.length);
  });

  it('exports the shortest path and the country network too', async () => {
    const path = parseGexf(
      Graph,
      await (
        await download(
          '/export/gexf?view=shortestPath&from=person:rajnath-singh&to=person:lloyd-austin',
        )
      ).text(),
    );
    expect(path.hasNode('person:rajnath-singh') && path.hasNode('person:lloyd-austin')).toBe(true);
    // Path mode's export: every equally short path in one graph, as the explorer draws it.
    const paths = parseGexf(
      Graph,
      await (
        await download(
          '/export/gexf?view=shortestPaths&from=person:rajnath-singh&to=person:lloyd-austin&first=5',
        )
      ).text(),
    );
    for (const id of path.nodes()) expect(paths.hasNode(id)).toBe(true);
    expect(paths.hasNode('person:yasukazu-hamada') && paths.hasNode('country:JPN')).toBe(true);
    expect(paths.order).toBeGreaterThan(path.order);
    const network = parseGexf(
      Graph,
      await (await download('/export/gexf?view=countryNetwork&since=2022&until=2022')).text(),
    );
    expect(
      network.hasEdge('country:JPN', 'country:USA') ||
        network.hasEdge('country:USA', 'country:JPN'),
    ).toBe(true);
  });

  it.each([
    ['/export/pdf?view=countryNetwork', 404, /format: must be one of graphml, gexf, csv, json/],
    ['/export/gexf?view=everything', 400, /view: must be one of/],
    [
      '/export/gexf?view=neighborhood&ids=country:JPN&depth=9',
      400,
      /depth: must be an integer from 1 to 3/,
    ],
    ['/export/gexf?view=neighborhood&ids=country:JPN&depth=two', 400, /depth: must be an integer/],
    [
      '/export/gexf?view=neighborhood&ids=country:JPN&colour=red',
      400,
      /unknown parameter "colour"/,
    ],
    [
      '/export/gexf?view=shortestPath&from=person:nobody&to=person:lloyd-austin',
      404,
      /from: no entity/,
    ],
    ['/export/gexf?view=countryNetwork&kinds=CATS', 400, /CATS/],
  ])('answers %s with %i and what is wrong', async (path, status, message) => {
    const response = await download(path);
    expect(response.status).toBe(status);
    expect((await response.json()).error).toMatch(message);
  });
});
