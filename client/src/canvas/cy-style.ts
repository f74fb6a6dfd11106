// The Cytoscape stylesheet. Colours, sizes and widths come from element data (to-elements.ts)
// so one rule serves every kind. Large views trade looks for speed (cytoscape.js performance
// guide): straight "haystack" edges, no edge labels, no label outlines.
import type { StylesheetJson } from 'cytoscape';
import { EDGE_WIDTH, NODE_SIZE } from '../graph/to-elements.ts';

/** Elements above which a view counts as large. */
export const LARGE_VIEW = 1500;

export interface StyleOptions {
  /** A large view (more than LARGE_VIEW elements). */
  large: boolean;
  /** Label dated nodes with their date (the time-ordered layout). */
  dated: boolean;
  /** Nodes at their geographic positions: smaller, so neighbouring countries stay apart. */
  map: boolean;
  /**
   * Model units per screen pixel for marks and text (default 1). The map sets 1/zoom, so its
   * nodes keep their size on screen like markers while the world under them zooms.
   */
  scale?: number;
}

export function graphStyle({ large, dated, map, scale = 1 }: StyleOptions): StylesheetJson {
  const px = (n: number) => n * scale;
  // Node diameters on the map, for the view's smallest and largest (to-elements.ts NODE_SIZE).
  const mapSize = `mapData(size, ${NODE_SIZE.min}, ${NODE_SIZE.max}, ${px(10)}, ${px(30)})`;
  const edgeWidth = map
    ? `mapData(width, ${EDGE_WIDTH.min}, ${EDGE_WIDTH.max}, ${px(1)}, ${px(6)})`
    : 'data(width)';
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(colour)',
        width: map ? mapSize : 'data(size)',
        height: map ? mapSize : 'data(size)',
        label: dated ? 'data(datedLabel)' : 'data(label)',
        'font-size': px(11),
        'font-family': 'system-ui, sans-serif',
        color: '#1a202c',
        'text-valign': 'bottom',
        'text-margin-y': px(3),
        'text-wrap': 'ellipsis',
        'text-max-width': `${px(140)}px`,
        // Labels too small to read are not drawn at all: the biggest saving on large views.
        'min-zoomed-font-size': 8,
        ...(large ? {} : { 'text-outline-color': '#ffffff', 'text-outline-width': px(2) }),
        'border-width': px(1),
        'border-color': '#ffffff',
      },
    },
    { selector: 'node[kind = "EVENT"]', style: { shape: 'round-rectangle' } },
    { selector: 'node[kind = "AGREEMENT"]', style: { shape: 'diamond' } },
    { selector: 'node[kind = "SOURCE"]', style: { shape: 'rectangle' } },
    { selector: 'node[kind = "WEAPON_SYSTEM"]', style: { shape: 'triangle' } },
    { selector: 'node[kind = "PLACE"]', style: { shape: 'hexagon' } },
    { selector: 'node.expanded', style: { 'border-width': px(3), 'border-color': '#2d3748' } },
    {
      selector: 'node.pinned',
      style: { 'border-width': px(3), 'border-style': 'double', 'border-color': '#1a202c' },
    },
    {
      selector: 'edge',
      style: {
        width: edgeWidth,
        'line-color': 'data(colour)',
        'curve-style': large ? 'haystack' : 'bezier',
        opacity: 0.75,
        ...(large
          ? {}
          : {
              'target-arrow-shape': 'triangle',
              'target-arrow-color': 'data(colour)',
              'arrow-scale': 0.7,
            }),
      },
    },
    { selector: 'edge[type = "DYAD"]', style: { 'target-arrow-shape': 'none' } },
    {
      selector: 'edge:selected',
      style: {
        label: 'data(label)',
        'font-size': px(10),
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        opacity: 1,
        'line-color': '#1a202c',
        'target-arrow-color': '#1a202c',
      },
    },
    { selector: 'node:selected', style: { 'border-width': px(4), 'border-color': '#f6ad55' } },
    // The node the keyboard is on (use-canvas-keys.ts): a ring that a selection's border keeps.
    {
      selector: 'node.key-focus',
      style: {
        'underlay-color': '#2b6cb0',
        'underlay-opacity': 0.45,
        'underlay-padding': px(7),
        'underlay-shape': 'ellipse',
      },
    },
    // Labels that would overlap a more important one (label-room.ts) stay quiet. The hovered,
    // selected and focused labels are drawn whatever they cover, over their neighbours and on a
    // background of their own, so they read even across another node.
    { selector: 'node.quiet-label', style: { 'text-opacity': 0 } },
    {
      selector: 'node.hover, node:selected, node.key-focus',
      style: {
        'text-opacity': 1,
        'z-index': 20,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': `${px(2)}px`,
      },
    },
    { selector: '.faded', style: { opacity: 0.15 } },
    {
      selector: 'node.on-path',
      style: { 'border-width': px(4), 'border-color': '#e53e3e', opacity: 1 },
    },
    {
      selector: 'edge.on-path',
      style: { 'line-color': '#e53e3e', 'target-arrow-color': '#e53e3e', width: px(5), opacity: 1 },
    },
  ];
}
