// The Cytoscape stylesheet. Colours, sizes and widths come from element data (to-elements.ts)
// so one rule serves every kind. Large views trade looks for speed (cytoscape.js performance
// guide): straight "haystack" edges, no edge labels, no label outlines.
import type { StylesheetJson } from 'cytoscape';

/** Elements above which a view counts as large. */
export const LARGE_VIEW = 1500;

export interface StyleOptions {
  /** A large view (more than LARGE_VIEW elements). */
  large: boolean;
  /** Label dated nodes with their date (the time-ordered layout). */
  dated: boolean;
}

export function graphStyle({ large, dated }: StyleOptions): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(colour)',
        width: 'data(size)',
        height: 'data(size)',
        label: dated ? 'data(datedLabel)' : 'data(label)',
        'font-size': 11,
        'font-family': 'system-ui, sans-serif',
        color: '#1a202c',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'ellipsis',
        'text-max-width': '140px',
        // Labels too small to read are not drawn at all: the biggest saving on large views.
        'min-zoomed-font-size': 8,
        ...(large ? {} : { 'text-outline-color': '#ffffff', 'text-outline-width': 2 }),
        'border-width': 1,
        'border-color': '#ffffff',
      },
    },
    { selector: 'node[kind = "EVENT"]', style: { shape: 'round-rectangle' } },
    { selector: 'node[kind = "AGREEMENT"]', style: { shape: 'diamond' } },
    { selector: 'node[kind = "SOURCE"]', style: { shape: 'rectangle' } },
    { selector: 'node[kind = "WEAPON_SYSTEM"]', style: { shape: 'triangle' } },
    { selector: 'node[kind = "PLACE"]', style: { shape: 'hexagon' } },
    { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#2d3748' } },
    {
      selector: 'node.pinned',
      style: { 'border-width': 3, 'border-style': 'double', 'border-color': '#1a202c' },
    },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
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
        'font-size': 10,
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        opacity: 1,
        'line-color': '#1a202c',
        'target-arrow-color': '#1a202c',
      },
    },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f6ad55' } },
    { selector: '.faded', style: { opacity: 0.15 } },
    {
      selector: 'node.on-path',
      style: { 'border-width': 4, 'border-color': '#e53e3e', opacity: 1 },
    },
    {
      selector: 'edge.on-path',
      style: { 'line-color': '#e53e3e', 'target-arrow-color': '#e53e3e', width: 5, opacity: 1 },
    },
  ];
}
