// Timings from request to rendered view, kept on `window.__entente` for the end-to-end tests
// and `npm run bench:client` (bench/client.ts), which read them from the page. Cheap enough to
// keep in production: one small object per view change.
import type { Core } from 'cytoscape';

export interface RenderRecord {
  /** Elements on the canvas. */
  elements: number;
  /** From the request for the view to its elements laid out and painted, in ms. */
  ms: number;
  /** Of which: the API answer arriving, elements into Cytoscape, and the layout. */
  fetchMs: number;
  syncMs: number;
  layoutMs: number;
}

export interface EntenteProbe {
  cy: Core | null;
  renders: RenderRecord[];
}

declare global {
  interface Window {
    __entente?: EntenteProbe;
  }
}

export function probe(): EntenteProbe {
  window.__entente ??= { cy: null, renders: [] };
  return window.__entente;
}
