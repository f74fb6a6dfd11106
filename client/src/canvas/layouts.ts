// Runs the chosen layout over the canvas. Pinned nodes keep their places: fcose takes them as
// fixed-node constraints; the other layouts arrange everything else around them.
import type { Core, LayoutOptions, NodeSingular } from 'cytoscape';
import type { MapPlacement } from '../map/map-positions.ts';
import type { LayoutName } from '../state/view-state.ts';
import { mapPlacement } from './map-layout.ts';
import { timelinePositions } from './timeline-layout.ts';

/** Most zoom a layout's fit may leave: beyond it a small view looks like a poster. */
const MAX_FIT_ZOOM = 1.25;

/** Views above this many nodes lay out without animation and at fcose's draft quality. */
const QUICK_LAYOUT_NODES = 400;

export interface LayoutRequest {
  name: LayoutName;
  pinned: readonly string[];
  /** Roots for breadthfirst: the expanded nodes, or the best-connected node. */
  roots: readonly string[];
  /** Start from random positions (a fresh view) rather than from the current ones. */
  randomize: boolean;
  /** Told how the map placed the nodes, or null when the world map did not load (map only). */
  onMapPlaced?(placement: MapPlacement | null): void;
}

function options(cy: Core, request: LayoutRequest, placement: MapPlacement | null): LayoutOptions {
  const quick = cy.nodes().length > QUICK_LAYOUT_NODES;
  // Animation helps the eye follow nodes that move; a fresh view has nothing to follow.
  const common = {
    animate: !quick && !request.randomize,
    animationDuration: 300,
    fit: true,
    padding: 40,
  };
  switch (request.name) {
    case 'fcose': {
      const fixed = request.pinned
        .map((id) => cy.getElementById(id))
        .filter((node) => node.nonempty())
        .map((node) => ({ nodeId: node.id(), position: { ...(node as NodeSingular).position() } }));
      return {
        name: 'fcose',
        ...common,
        quality: quick ? 'draft' : 'default',
        randomize: request.randomize,
        nodeRepulsion: () => 8000,
        idealEdgeLength: () => 90,
        packComponents: true,
        ...(fixed.length ? { fixedNodeConstraint: fixed } : {}),
      } as LayoutOptions;
    }
    case 'concentric':
      return {
        name: 'concentric',
        ...common,
        concentric: (node: NodeSingular) => node.degree(false),
        levelWidth: () => 2,
        minNodeSpacing: 12,
      } as LayoutOptions;
    case 'breadthfirst': {
      const roots = request.roots.filter((id) => cy.getElementById(id).nonempty());
      const best = cy.nodes().max((node) => node.degree(false)).ele;
      const rootIds = roots.length ? roots : best ? [best.id()] : [];
      return {
        name: 'breadthfirst',
        ...common,
        directed: false,
        spacingFactor: 1.1,
        roots: rootIds.map((id) => `[id = ${JSON.stringify(id)}]`).join(','),
      } as LayoutOptions;
    }
    case 'circle':
      return { name: 'circle', ...common } as LayoutOptions;
    case 'map':
      // Geography fixes every node, pinned or not.
      return {
        name: 'preset',
        ...common,
        positions: (node: NodeSingular) => placement?.positions.get(node.id()) ?? { x: 0, y: 0 },
      } as LayoutOptions;
    case 'timeline': {
      const nodes = cy.nodes().map((node) => ({
        id: node.id(),
        kind: String(node.data('kind')),
        time: (node.data('time') as number | null) ?? null,
      }));
      const edges = cy
        .edges()
        .map((edge) => ({ source: edge.source().id(), target: edge.target().id() }));
      const positions = timelinePositions(nodes, edges);
      return {
        name: 'preset',
        ...common,
        positions: (node: NodeSingular) => positions.get(node.id()) ?? { x: 0, y: 0 },
      } as LayoutOptions;
    }
  }
}

/** Runs a layout; resolves when it stops (at once for an empty canvas). */
export async function runLayout(cy: Core, request: LayoutRequest): Promise<void> {
  if (cy.nodes().empty()) return;
  const onMap = request.name === 'map';
  // A map that did not load leaves the nodes where they are, and says so (never a broken chain
  // of canvas updates).
  const placement = onMap ? await mapPlacement(cy).catch(() => null) : null;
  if (cy.destroyed()) return;
  if (onMap) request.onMapPlaced?.(placement);
  if (onMap && !placement) return;
  const pinned = cy.nodes().filter((node) => !onMap && request.pinned.includes(node.id()));
  // fcose honours pinned nodes itself; for the others, pinned nodes are left out of the run.
  const eles = request.name === 'fcose' ? cy.elements() : cy.elements().difference(pinned);
  const layout = eles.layout(options(cy, request, placement));
  const stopped = layout.promiseOn('layoutstop').then(() => {
    // Fitting a handful of nodes would blow them up to the maximum zoom.
    if (cy.zoom() > MAX_FIT_ZOOM) {
      cy.zoom(MAX_FIT_ZOOM);
      cy.center();
    }
  });
  layout.run();
  await stopped;
}
