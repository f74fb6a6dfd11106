// Graph → Cytoscape JSON: the `{elements: {nodes: [{data}], edges: [{data}]}}` shape that
// Cytoscape.js loads with cy.json() and Cytoscape desktop imports as .cyjs. Unlike the tabular
// formats, values keep their JSON types: lists stay arrays and evidence stays objects.
//
// Cytoscape desktop makes one table column per data key, typed by the first value it meets, and
// reads an object as '' — so `sources` and `quotes` (lists of strings) are there for it, beside
// the exact `evidence` objects. Null properties are left out: desktop would store the text "null".
import type { Evidence, Graph, PropertyValue } from '../graph.ts';
import {
  collectSources,
  describeWithSources,
  type ExportMeta,
  type ExportSource,
} from './export-meta.ts';
import { assertConsistentGraph } from './graph-check.ts';
import { placeProperties } from './place-properties.ts';

type DataValue = PropertyValue | readonly Evidence[];
export type ElementData = Record<string, DataValue>;

export interface CytoscapeJson {
  format_version: '1.0';
  generated_by: string;
  target_cytoscapejs_version: string;
  /** Network attributes: cy.data() in Cytoscape.js, the network table in Cytoscape desktop. */
  data: {
    name: string;
    title: string;
    query: string;
    exportedAt: string;
    truncated: boolean;
    description: string;
    sources: ExportSource[];
  };
  elements: { nodes: { data: ElementData }[]; edges: { data: ElementData }[] };
}

// `parent` makes Cytoscape.js nest a node in another, so a property may never set it.
const NODE_RESERVED = new Set([
  'id',
  'name',
  'label',
  'kind',
  'parent',
  'sources',
  'quotes',
  'evidence',
]);
const EDGE_RESERVED = new Set([
  'id',
  'source',
  'target',
  'type',
  'weight',
  'parent',
  'sources',
  'quotes',
  'evidence',
]);

function keepNonNull(value: PropertyValue): PropertyValue | undefined {
  return value === null ? undefined : value;
}

function evidenceData(evidence: readonly Evidence[]): ElementData {
  return {
    sources: evidence.map((e) => e.sourceId),
    quotes: evidence.map((e) => e.quote ?? ''),
    evidence,
  };
}

/** The graph as Cytoscape JSON, an object ready for JSON.stringify or cy.json(). */
export function toCytoscapeJson(graph: Graph, meta: ExportMeta): CytoscapeJson {
  assertConsistentGraph(graph);
  const nodes = graph.nodes.map((node) => {
    // `name` is what Cytoscape desktop labels nodes with; `label` is what the explorer uses.
    const data: ElementData = { id: node.id, name: node.label, label: node.label, kind: node.kind };
    placeProperties<DataValue>(data, node.properties, NODE_RESERVED, keepNonNull);
    return { data: Object.assign(data, evidenceData(node.evidence)) };
  });
  const edges = graph.edges.map((edge) => {
    const data: ElementData = {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: edge.type,
      weight: edge.weight,
    };
    placeProperties<DataValue>(data, edge.properties, EDGE_RESERVED, keepNonNull);
    return { data: Object.assign(data, evidenceData(edge.evidence)) };
  });
  return {
    format_version: '1.0',
    generated_by: 'Entente',
    target_cytoscapejs_version: '~3.35',
    data: {
      name: meta.title,
      title: meta.title,
      query: meta.query,
      exportedAt: meta.exportedAt,
      truncated: graph.truncated,
      description: describeWithSources(graph, meta),
      sources: collectSources(graph),
    },
    elements: { nodes, edges },
  };
}

/** The same as text: two-space indented, so a diff of two exports is readable. */
export function toJSON(graph: Graph, meta: ExportMeta): string {
  return `${JSON.stringify(toCytoscapeJson(graph, meta), null, 2)}\n`;
}
