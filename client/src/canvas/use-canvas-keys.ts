// Keyboard access to the canvas (it is one Tab stop): a focused node drawn with a ring, arrows
// to the linked node that way (any node that way when no link goes there), N/P (or PageDown/
// PageUp) through all nodes in reading order, Home/End to the first and last, Enter or Space
// opens the details, E or + expands. Each move is said in an aria-live region.
import { useCallback, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { Core, NodeSingular } from 'cytoscape';
import { ARROWS, nodeInDirection, readingOrder, type KeyNode } from './graph-keys.ts';

export interface CanvasKeyActions {
  open(id: string): void;
  expand(id: string): void;
  /** The focused node changed (or focus left the canvas): its label wins its spot. */
  moved(): void;
}

const FOCUS = 'key-focus';

const kindName = (kind: unknown) => String(kind).toLowerCase().replace(/_/g, ' ');
const point = (node: NodeSingular): KeyNode => ({ id: node.id(), ...node.position() });

function describe(node: NodeSingular, index: number, total: number): string {
  const names = node
    .neighborhood('node')
    .map((other) => String(other.data('label')))
    .slice(0, 3);
  const links = node.connectedEdges().length;
  const more = node.neighborhood('node').length - names.length;
  const linked =
    links === 0
      ? 'No links'
      : `${links} ${links === 1 ? 'link' : 'links'}: ${names.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
  return `${String(node.data('label'))}, ${kindName(node.data('kind'))}. ${linked}. Node ${index + 1} of ${total}.`;
}

export function useCanvasKeys(cyRef: RefObject<Core | null>, actions: CanvasKeyActions) {
  const focused = useRef<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const latest = useRef(actions);
  latest.current = actions;

  const order = (cy: Core) => {
    const nodes = cy.nodes().map(point);
    // A row is about one node tall at the current zoom, in model units.
    return readingOrder(nodes, 40 / Math.max(cy.zoom(), 0.05));
  };

  const focusNode = useCallback((cy: Core, id: string) => {
    cy.nodes(`.${FOCUS}`).removeClass(FOCUS);
    const node = cy.getElementById(id) as NodeSingular;
    if (node.empty()) return;
    focused.current = id;
    node.addClass(FOCUS);
    // Keep the focused node on screen.
    const { x1, x2, y1, y2 } = cy.extent();
    const { x, y } = node.position();
    if (x < x1 || x > x2 || y < y1 || y > y2) cy.center(node);
    const ids = order(cy);
    setAnnouncement(describe(node, ids.indexOf(id), ids.length));
    latest.current.moved();
  }, []);

  /** The node to start from: the one focused before, else the selected, else the largest. */
  const current = (cy: Core): NodeSingular | null => {
    const before = focused.current ? cy.getElementById(focused.current) : cy.collection();
    if (before.nonempty()) return before as NodeSingular;
    const selected = cy.nodes(':selected');
    if (selected.nonempty()) return selected[0] as NodeSingular;
    return (cy.nodes().max((node) => Number(node.data('size')) || 0).ele as NodeSingular) ?? null;
  };

  const onFocus = () => {
    const cy = cyRef.current;
    const start = cy && current(cy);
    if (cy && start) focusNode(cy, start.id());
    else setAnnouncement('The view is empty.');
  };

  const onBlur = () => {
    cyRef.current?.nodes(`.${FOCUS}`).removeClass(FOCUS);
    latest.current.moved();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const cy = cyRef.current;
    const from = cy && current(cy);
    if (!cy || !from) return;
    const key = event.key;
    let next: string | null = null;
    if (ARROWS[key]) {
      const neighbours = from.neighborhood('node').map(point);
      next =
        nodeInDirection(point(from), neighbours, ARROWS[key]) ??
        nodeInDirection(point(from), cy.nodes().map(point), ARROWS[key]);
      if (!next) setAnnouncement(`No node ${ARROWS[key]} of ${String(from.data('label'))}.`);
    } else if (['n', 'p', 'PageDown', 'PageUp', 'Home', 'End'].includes(key)) {
      const ids = order(cy);
      const at = ids.indexOf(from.id());
      const step = key === 'n' || key === 'PageDown' ? 1 : -1;
      next =
        key === 'Home'
          ? ids[0]!
          : key === 'End'
            ? ids[ids.length - 1]!
            : ids[(at + step + ids.length) % ids.length]!;
    } else if (key === 'Enter' || key === ' ') {
      latest.current.open(from.id());
      setAnnouncement(`Opened ${String(from.data('label'))}: its details are beside the graph.`);
    } else if (key === 'e' || key === '+') {
      latest.current.expand(from.id());
      setAnnouncement(`Expanding ${String(from.data('label'))}.`);
    } else {
      return;
    }
    event.preventDefault();
    if (next) focusNode(cy, next);
  };

  return { onFocus, onBlur, onKeyDown, announcement };
}
