// GraphQL `Graph` → Cytoscape elements: a pure function, so what the canvas draws can be tested
// without a browser. Sizes and widths are computed here (not by style mappers) because they are
// relative to the view: the best-connected node is the largest whatever the absolute numbers.
import type { EdgeDefinition, ElementDefinition, NodeDefinition } from 'cytoscape';
import type { Graph, GraphEdge, PropertyValue } from '../../../schema/graph.ts';
import { communityColour, type ViewMetrics } from './analytics.ts';
import type { MetricName } from './analytics-names.ts';
import { edgeColour, KIND_COLOURS } from './colours.ts';

/** How nodes are coloured and sized: by kind and degree unless the view's measures say. */
export interface NodeLook {
  metrics: ViewMetrics | null;
  colourBy: 'kind' | 'community';
  sizeBy: MetricName;
}

/** Node diameters in pixels at zoom 1. */
export const NODE_SIZE = { min: 18, max: 60 } as const;
/** Edge widths in pixels at zoom 1. */
export const EDGE_WIDTH = { min: 1, max: 8 } as const;

function numberProperty(properties: Record<string, PropertyValue>, name: string): number {
  const value = properties[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/**
 * What an edge is, for its colour: the relationship type, or for an aggregated DYAD edge what
 * dominates it (agreements, exercises or meetings), or CONFLICT when its Goldstein sum is negative.
 */
export function edgeKind(edge: GraphEdge): string {
  if (edge.type !== 'DYAD') return edge.type;
  const p = edge.properties;
  if (numberProperty(p, 'goldsteinSum') < 0) return 'CONFLICT';
  const counts: [string, number][] = [
    ['AGREEMENTS', numberProperty(p, 'agreements')],
    ['EXERCISES', numberProperty(p, 'exercises')],
    ['MEETINGS', numberProperty(p, 'meetings')],
  ];
  const [kind, count] = counts.reduce((best, next) => (next[1] > best[1] ? next : best));
  return count > 0 ? kind : 'DYAD';
}

/** The time of a dated node, in ms since 1970, for the time-ordered layout; null if undated. */
export function nodeTime(properties: Record<string, PropertyValue>): number | null {
  const date = properties.date;
  if (typeof date !== 'string') return null;
  const time = Date.parse(
    date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date,
  );
  return Number.isNaN(time) ? null : time;
}

function geography(node: Graph['nodes'][number]): { iso3?: string; lat?: number; lon?: number } {
  const { iso3, lat, lon } = node.properties;
  if (node.kind === 'COUNTRY') {
    const code = typeof iso3 === 'string' ? iso3 : node.id.replace(/^country:/, '');
    return { iso3: code };
  }
  return typeof lat === 'number' && typeof lon === 'number' ? { lat, lon } : {};
}

export function toElements(graph: Graph, look?: NodeLook): ElementDefinition[] {
  const ids = new Set(graph.nodes.map((node) => node.id));
  // An edge whose end is missing (a truncated answer) would make Cytoscape throw.
  const edges = graph.edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target));
  const degree = new Map<string, number>();
  for (const edge of edges) {
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
  }
  // A loop, not Math.max(...list): spreading tens of thousands of arguments overflows the stack.
  const metrics = look?.metrics ?? null;
  const sizeBy = look?.sizeBy ?? 'degree';
  /** The measure that sizes a node: its degree in view, or the chosen one. */
  const sizeValue = (id: string) =>
    metrics && sizeBy !== 'degree' ? (metrics.nodes.get(id)?.[sizeBy] ?? 0) : (degree.get(id) ?? 0);
  let maxSize = 0;
  for (const node of graph.nodes) maxSize = Math.max(maxSize, sizeValue(node.id));
  const byCommunity = look?.colourBy === 'community' && metrics !== null;
  let maxWeight = 1;
  for (const edge of edges) maxWeight = Math.max(maxWeight, edge.weight);

  const nodeElements: NodeDefinition[] = graph.nodes.map((node) => {
    const nodeDegree = degree.get(node.id) ?? 0;
    const eventKind = node.properties.eventKind;
    const measured = metrics?.nodes.get(node.id);
    return {
      group: 'nodes',
      data: {
        id: node.id,
        label: node.label,
        // The time-ordered layout labels dated nodes with their date, its only axis.
        datedLabel:
          typeof node.properties.date === 'string'
            ? `${node.properties.date} · ${node.label}`
            : node.label,
        kind: node.kind,
        ...(typeof eventKind === 'string' ? { eventKind } : {}),
        // Where the map puts it: a country by its code, a place by its coordinates.
        ...geography(node),
        degree: nodeDegree,
        size:
          NODE_SIZE.min +
          (NODE_SIZE.max - NODE_SIZE.min) *
            (maxSize > 0 ? Math.sqrt(sizeValue(node.id) / maxSize) : 0),
        colour:
          byCommunity && measured ? communityColour(measured.community) : KIND_COLOURS[node.kind],
        ...(measured ? { ...measured } : {}),
        time: nodeTime(node.properties),
      },
    };
  });

  const edgeElements: EdgeDefinition[] = edges.map((edge) => {
    const kind = edgeKind(edge);
    const weight = Math.max(0, edge.weight);
    return {
      group: 'edges',
      data: {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        type: edge.type,
        kind,
        weight: edge.weight,
        width:
          EDGE_WIDTH.min +
          (EDGE_WIDTH.max - EDGE_WIDTH.min) * (Math.log1p(weight) / Math.log1p(maxWeight)),
        colour: edgeColour(kind),
        label:
          edge.type === 'DYAD' ? String(edge.weight) : edge.type.toLowerCase().replace(/_/g, ' '),
      },
    };
  });

  return [...nodeElements, ...edgeElements];
}
