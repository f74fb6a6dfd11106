// The graph canvas. Cytoscape is created once per canvas (and per renderer: switching to WebGL
// makes a new canvas), changed in cy.batch() as the view changes, laid out again only when
// nodes arrive or the user asks, and destroyed on unmount.
import { useEffect, useRef, useState } from 'react';
import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import type { LayoutName, Selection } from '../state/view-state.ts';
import { cytoscape } from './cytoscape-setup.ts';
import { graphStyle, LARGE_VIEW } from './cy-style.ts';
import { runLayout } from './layouts.ts';
import { syncElements } from './sync-elements.ts';
import { applyMarks } from './marks.ts';
import { quietCrowdedLabels } from './label-room.ts';
import { useCanvasKeys } from './use-canvas-keys.ts';
import type { MapPlacement } from '../map/map-positions.ts';
import { MapNote } from '../map/map-note.tsx';
import { MapUnderlay } from '../map/map-underlay.tsx';

/** Where the time of one canvas update went, in ms. */
export interface RenderStats {
  elements: number;
  syncMs: number;
  layoutMs: number;
}

export interface GraphCanvasProps {
  elements: ElementDefinition[];
  layout: LayoutName;
  /** Bump to lay the view out again with the current layout. */
  layoutRun: number;
  pinned: string[];
  expanded: string[];
  /** Ids of the path's nodes and edges, highlighted while the rest fades; null without a path. */
  highlight: ReadonlySet<string> | null;
  selected: Selection | null;
  /** A node to centre on, with a counter so choosing the same one again centres again. */
  centre: { id: string; run: number } | null;
  webgl: boolean;
  onSelect(selection: Selection | null): void;
  onExpand(id: string): void;
  onReady(cy: Core | null): void;
  /** Called once the current elements are laid out and painted. */
  onRendered(stats: RenderStats): void;
}

/** Cytoscape keeps these renderer flags from start-up; large views switch them on later. */
function setViewportShortcuts(cy: Core, on: boolean): void {
  // Not in Cytoscape's types: cy.renderer() is the renderer instance that holds these flags.
  const renderer = (
    cy as unknown as { renderer(): { hideEdgesOnViewport: boolean; textureOnViewport: boolean } }
  ).renderer();
  renderer.hideEdgesOnViewport = on;
  renderer.textureOnViewport = on;
}

/** 1/zoom in quarter-octave steps, so a smooth zoom restyles the map a few times, not each frame. */
function markScale(zoom: number): number {
  return 2 ** (Math.round(Math.log2(1 / zoom) * 4) / 4);
}

/** Labels that win a crowded spot after the selected and focused: the path, expanded, pinned. */
function labelRoom(cy: Core, props: GraphCanvasProps): void {
  if (cy.destroyed()) return;
  const { highlight, expanded, pinned } = props;
  quietCrowdedLabels(cy, new Set([...expanded, ...pinned, ...(highlight ?? [])]));
}

const afterPaint = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
  );

export function GraphCanvas(props: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const latest = useRef(props);
  latest.current = props;
  const styled = useRef({ large: false, dated: false, map: false, scale: 1 });
  const busy = useRef<Promise<void>>(Promise.resolve());
  // The instance for the map's underlay, which follows its viewport; undefined placement: no map.
  const [cyState, setCyState] = useState<Core | null>(null);
  const [placement, setPlacement] = useState<MapPlacement | null | undefined>(undefined);
  const onMap = props.layout === 'map';
  const keys = useCanvasKeys(cyRef, {
    open: (id) => latest.current.onSelect({ type: 'node', id }),
    expand: (id) => latest.current.onExpand(id),
    moved: () => {
      const cy = cyRef.current;
      if (cy) labelRoom(cy, latest.current);
    },
  });

  useEffect(() => {
    const cy = cytoscape({
      container: container.current,
      style: graphStyle(styled.current),
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
      ...(props.webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
    } as cytoscape.CytoscapeOptions);
    cyRef.current = cy;
    cy.on('tap', 'node', (event) =>
      latest.current.onSelect({ type: 'node', id: event.target.id() }),
    );
    cy.on('tap', 'edge', (event) =>
      latest.current.onSelect({ type: 'edge', id: event.target.id() }),
    );
    cy.on('tap', (event) => {
      if (event.target === cy) latest.current.onSelect(null);
    });
    cy.on('dbltap', 'node', (event) => latest.current.onExpand(event.target.id()));
    // A quiet label (label-room.ts) shows while the pointer is on its node.
    cy.on('mouseover', 'node', (event) => event.target.addClass('hover'));
    cy.on('mouseout', 'node', (event) => event.target.removeClass('hover'));
    cy.on('dragfree', 'node', () => labelRoom(cy, latest.current));
    // On the map, marks keep their screen size as the world zooms (cy-style.ts `scale`).
    let zoomFrame = 0;
    cy.on('zoom', () => {
      if (latest.current.layout !== 'map' || zoomFrame) return;
      zoomFrame = requestAnimationFrame(() => {
        zoomFrame = 0;
        if (!cy.destroyed()) restyle(cy);
      });
    });
    // The canvas shrinks and grows with the panels around it (the table, the details).
    const resized = new ResizeObserver(() => cy.resize());
    if (container.current) resized.observe(container.current);
    latest.current.onReady(cy);
    setCyState(cy);
    return () => {
      resized.disconnect();
      latest.current.onReady(null);
      cyRef.current = null;
      cy.destroy();
    };
    // The renderer is fixed for the life of a canvas; App gives each renderer its own canvas.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const layoutRequest = (randomize: boolean) => ({
    name: latest.current.layout,
    pinned: latest.current.pinned,
    roots: latest.current.expanded,
    randomize,
    onMapPlaced: setPlacement,
  });

  /** The stylesheet follows the view's size and layout; replaced only when one of them changes. */
  const restyle = (cy: Core) => {
    const wanted = {
      large: latest.current.elements.length > LARGE_VIEW,
      dated: latest.current.layout === 'timeline',
      map: latest.current.layout === 'map',
      scale: latest.current.layout === 'map' ? markScale(cy.zoom()) : 1,
    };
    const same = (Object.keys(wanted) as (keyof typeof wanted)[]).every(
      (key) => wanted[key] === styled.current[key],
    );
    if (same) return;
    if (wanted.large !== styled.current.large) setViewportShortcuts(cy, wanted.large);
    styled.current = wanted;
    cy.style(graphStyle(wanted));
    // Label boxes change with the font (the map's scale, the dated labels).
    labelRoom(cy, latest.current);
  };

  // Elements: sync, lay out when nodes arrived, then report the view as rendered.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    restyle(cy);
    const began = performance.now();
    const { added, fresh } = syncElements(cy, props.elements);
    const stats = {
      elements: props.elements.length,
      syncMs: performance.now() - began,
      layoutMs: 0,
    };
    busy.current = busy.current
      .then(async () => {
        const layoutBegan = performance.now();
        if (added > 0) await runLayout(cy, layoutRequest(fresh));
        stats.layoutMs = performance.now() - layoutBegan;
        labelRoom(cy, latest.current);
      })
      .then(afterPaint)
      .then(() => {
        if (!cy.destroyed()) latest.current.onRendered(stats);
      });
  }, [props.elements]);

  // The layout on request: a new choice, or the "lay out again" button.
  const firstLayout = useRef(true);
  useEffect(() => {
    if (firstLayout.current) {
      firstLayout.current = false;
      return;
    }
    const cy = cyRef.current;
    if (!cy) return;
    restyle(cy);
    busy.current = busy.current
      .then(() => runLayout(cy, layoutRequest(false)))
      .then(() => labelRoom(cy, latest.current));
  }, [props.layout, props.layoutRun]);

  const { pinned, expanded, highlight, selected } = props;
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    applyMarks(cy, { pinned, expanded, highlight, selected });
    busy.current = busy.current.then(() => labelRoom(cy, latest.current));
  }, [props.elements, pinned, expanded, highlight, selected]);

  // A path found: once it is laid out and marked, the canvas zooms to it.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !highlight || highlight.size === 0) return;
    busy.current = busy.current.then(() => {
      if (cy.destroyed()) return;
      const onPath = cy.elements().filter((element) => highlight.has(element.id()));
      if (onPath.nonempty()) cy.animate({ fit: { eles: onPath, padding: 80 } }, { duration: 250 });
    });
  }, [highlight]);

  // Centre once the node is on the canvas and the layout that placed it has finished.
  const centred = useRef(0);
  useEffect(() => {
    const cy = cyRef.current;
    const centre = props.centre;
    if (!cy || !centre || centre.run === centred.current) return;
    busy.current = busy.current.then(() => {
      const node = cy.getElementById(centre.id);
      if (node.empty() || cy.destroyed()) return;
      centred.current = centre.run;
      // On the node's own position: `center: { eles }` takes the box with its label, which the
      // selected node's label background (cy-style.ts) makes taller, so the node sat off-centre.
      const zoom = Math.max(cy.zoom(), 1);
      const { x, y } = (node as NodeSingular).position();
      const pan = { x: cy.width() / 2 - x * zoom, y: cy.height() / 2 - y * zoom };
      cy.animate({ pan, zoom }, { duration: 250 });
    });
  }, [props.centre, props.elements]);

  return (
    <div className={onMap ? 'graph-stage on-map' : 'graph-stage'}>
      {onMap && <MapUnderlay cy={cyState} />}
      <div
        ref={container}
        className="graph-canvas"
        data-testid="graph-canvas"
        role="application"
        tabIndex={0}
        aria-label="Graph of the current view. Click a node or edge for details; double-click a node to expand it. Keys: arrows move to the linked node that way, N and P through all nodes, Enter opens the details, E expands."
        aria-describedby="canvas-announcer"
        onFocus={keys.onFocus}
        onBlur={keys.onBlur}
        onKeyDown={keys.onKeyDown}
      />
      <p
        id="canvas-announcer"
        className="visually-hidden"
        aria-live="polite"
        data-testid="canvas-announcer"
      >
        {keys.announcement}
      </p>
      {onMap && <MapNote placement={placement} />}
    </div>
  );
}
