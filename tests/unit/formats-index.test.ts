import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  EXPORT_FORMATS,
  fileName,
  isExportFormat,
  mediaType,
  serializeGraph,
  toCSV,
  toGEXF,
  toGraphML,
  toJSON,
} from '../../schema/formats/index.ts';
import type { Graph } from '../../schema/graph.ts';
import { awkwardGraph, awkwardMeta } from '../fixtures/formats/awkward-graph.ts';

describe('export formats', () => {
  it('lists the four formats the export endpoint serves', () => {
    expect(EXPORT_FORMATS).toEqual(['graphml', 'gexf', 'csv', 'json']);
    expect(isExportFormat('gexf')).toBe(true);
    expect(isExportFormat('xlsx')).toBe(false);
  });

  it('names a media type for each format; csv is the zip', () => {
    expect(mediaType('graphml')).toBe('application/graphml+xml');
    expect(mediaType('gexf')).toBe('application/gexf+xml');
    expect(mediaType('csv')).toBe('application/zip');
    expect(mediaType('json')).toBe('application/json');
  });

  it('makes file names safe for a Content-Disposition header', () => {
    expect(fileName('graphml', 'neighborhood-country-JPN')).toBe(
      'neighborhood-country-JPN.graphml',
    );
    expect(fileName('csv', 'Japan & India: "2+2" <talks>')).toBe('Japan-India-2-2-talks.csv.zip');
    expect(fileName('json', 'Société générale')).toBe('Societe-generale.json');
    expect(fileName('gexf', '../../etc/passwd')).toBe('etc-passwd.gexf');
    expect(fileName('gexf', '日本')).toBe('entente-graph.gexf');
  });

  it('serializes through one entry point: text for graphml, gexf and json, zip bytes for csv', () => {
    expect(serializeGraph('graphml', awkwardGraph, awkwardMeta)).toBe(
      toGraphML(awkwardGraph, awkwardMeta),
    );
    expect(serializeGraph('gexf', awkwardGraph, awkwardMeta)).toBe(
      toGEXF(awkwardGraph, awkwardMeta),
    );
    expect(serializeGraph('json', awkwardGraph, awkwardMeta)).toBe(
      toJSON(awkwardGraph, awkwardMeta),
    );
    const zip = serializeGraph('csv', awkwardGraph, awkwardMeta);
    expect(zip).toBeInstanceOf(Uint8Array);
    expect(strFromU8(unzipSync(zip as Uint8Array)['nodes.csv']!)).toBe(toCSV(awkwardGraph).nodes);
  });

  it('serializes an empty graph in every format', () => {
    const empty: Graph = { nodes: [], edges: [], truncated: false };
    for (const format of EXPORT_FORMATS) {
      const out = serializeGraph(format, empty, awkwardMeta);
      expect(out.length, format).toBeGreaterThan(0);
    }
    expect(toCSV(empty).nodes).toBe('id,kind,label,sources,quotes,evidence\r\n');
  });

  it('refuses an edge whose endpoint is not a node, naming the edge and the missing id', () => {
    const broken: Graph = {
      ...awkwardGraph,
      nodes: awkwardGraph.nodes.filter((n) => n.id !== 'country:IND'),
    };
    for (const format of EXPORT_FORMATS) {
      expect(() => serializeGraph(format, broken, awkwardMeta), format).toThrow(
        /edges\[1\] \("country:IND\|PARTICIPATED_IN:VISITOR\|meeting:2022-09-08-tokyo-jpn-ind"\)\.source "country:IND" is not a node/,
      );
    }
  });

  it('refuses repeated node or edge ids', () => {
    const twiceNode: Graph = {
      ...awkwardGraph,
      nodes: [...awkwardGraph.nodes, awkwardGraph.nodes[0]!],
    };
    expect(() => toGraphML(twiceNode, awkwardMeta)).toThrow(/nodes\[4\]\.id "country:JPN" repeats/);
    const twiceEdge: Graph = {
      ...awkwardGraph,
      edges: [...awkwardGraph.edges, awkwardGraph.edges[0]!],
    };
    expect(() => toCSV(twiceEdge)).toThrow(/edges\[6\]\.id .* repeats/);
  });
});
