// Classes and selection that mirror the view state on the canvas: expanded and pinned nodes,
// the highlighted path (everything else fades), and the selected node or edge.
import type { Core } from 'cytoscape';
import type { Selection } from '../state/view-state.ts';

export interface Marks {
  pinned: readonly string[];
  expanded: readonly string[];
  highlight: ReadonlySet<string> | null;
  selected: Selection | null;
}

export function applyMarks(cy: Core, { pinned, expanded, highlight, selected }: Marks): void {
  const pinnedSet = new Set(pinned);
  const expandedSet = new Set(expanded);
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      node.toggleClass('pinned', pinnedSet.has(node.id()));
      node.toggleClass('expanded', expandedSet.has(node.id()));
    });
    cy.elements().forEach((element) => {
      const onPath = highlight !== null && highlight.has(element.id());
      element.toggleClass('on-path', onPath);
      element.toggleClass('faded', highlight !== null && highlight.size > 0 && !onPath);
    });
    const current = cy.elements(':selected');
    const wanted = selected ? cy.getElementById(selected.id) : cy.collection();
    if (current.same(wanted)) return;
    current.unselect();
    wanted.select();
  });
}
