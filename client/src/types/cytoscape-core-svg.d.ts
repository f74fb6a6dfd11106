// `cy.svg(options)`, added by the cytoscape-svg extension: the view as an SVG document string.
import 'cytoscape';

declare module 'cytoscape' {
  interface Core {
    svg(options?: { full?: boolean; scale?: number; bg?: string }): string;
  }
}
