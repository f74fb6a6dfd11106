// Brings the canvas to a new set of elements in one cy.batch(): removes what left, updates the
// data of what stayed (sizes are relative to the view), adds what is new. New nodes start next
// to a neighbour already on screen, so an incremental layout only has to refine them.
import type { Core, ElementDefinition } from 'cytoscape';

export interface SyncResult {
  added: number;
  removed: number;
  /** True when no node was on the canvas before: the layout starts from scratch. */
  fresh: boolean;
}

export function syncElements(cy: Core, elements: readonly ElementDefinition[]): SyncResult {
  const nextIds = new Set(elements.map((element) => String(element.data.id)));
  const fresh = cy.nodes().empty();
  let removed = 0;
  let added = 0;
  cy.batch(() => {
    const leaving = cy.elements().filter((element) => !nextIds.has(element.id()));
    removed = leaving.length;
    leaving.remove();
    const positions = new Map<string, { x: number; y: number }>();
    const toAdd: ElementDefinition[] = [];
    for (const element of elements) {
      const existing = cy.getElementById(String(element.data.id));
      if (existing.nonempty()) {
        existing.data(element.data);
        continue;
      }
      toAdd.push(element);
      if (element.group === 'edges' && !fresh) {
        // Remember where the new node's already-placed neighbour is.
        const { source, target } = element.data as { source: string; target: string };
        const placed = cy.getElementById(source).nonempty() ? source : target;
        const other = placed === source ? target : source;
        const anchor = cy.getElementById(placed);
        if (anchor.nonempty() && !positions.has(other)) positions.set(other, anchor.position());
      }
    }
    const addedEles = cy.add(toAdd);
    added = addedEles.length;
    if (!fresh) {
      const centre = { x: cy.width() / 2, y: cy.height() / 2 };
      addedEles.nodes().forEach((node) => {
        // Without a placed neighbour, a new node starts at the middle of the viewport.
        const base = positions.get(node.id()) ?? {
          x: (centre.x - cy.pan().x) / cy.zoom(),
          y: (centre.y - cy.pan().y) / cy.zoom(),
        };
        node.position({
          x: base.x + (Math.random() - 0.5) * 60,
          y: base.y + (Math.random() - 0.5) * 60,
        });
      });
    }
  });
  return { added, removed, fresh };
}
