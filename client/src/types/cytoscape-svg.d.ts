// cytoscape-svg ships no types. It is a Cytoscape extension; registering it adds `cy.svg()`
// (typed in cytoscape-core-svg.d.ts).
declare module 'cytoscape-svg' {
  import type { Ext } from 'cytoscape';
  const extension: Ext;
  export default extension;
}
