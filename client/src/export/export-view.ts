// Exports of the current view. GraphML, GEXF, CSV and JSON use the same serializers as the
// server's /export endpoint (schema/formats); PNG and SVG are pictures of the canvas, with the
// same description and source list embedded (a PNG iTXt chunk, an SVG <desc>). The serializers
// (graphology, XML and zip writers) load on the first export, not with the page.
import type { Core } from 'cytoscape';
import type { Graph } from '../../../schema/graph.ts';
import type { ExportFormat, ExportMeta } from '../../../schema/formats/index.ts';
import { withPngText } from './png-text.ts';

export const PICTURE_FORMATS = ['png', 'svg'] as const;
/** The data formats of schema/formats (EXPORT_FORMATS), listed here so the page loads without them. */
export const DATA_FORMATS = [
  'graphml',
  'gexf',
  'csv',
  'json',
] as const satisfies readonly ExportFormat[];
export type PictureFormat = (typeof PICTURE_FORMATS)[number];

export interface ExportFile {
  name: string;
  type: string;
  body: Uint8Array | string;
}

/** Largest PNG side in pixels: a huge view still downloads as a readable picture. */
const MAX_PNG_SIDE = 6000;

export async function pictureFile(
  format: PictureFormat,
  cy: Core,
  graph: Graph,
  meta: ExportMeta,
  base: string,
): Promise<ExportFile> {
  const [{ describeWithSources }, { escapeXmlText }] = await Promise.all([
    import('../../../schema/formats/export-meta.ts'),
    import('../../../schema/formats/xml-text.ts'),
  ]);
  const description = describeWithSources(graph, meta);
  if (format === 'svg') {
    const svg = cy.svg({ full: true, bg: '#ffffff' });
    // The description goes in as the first child of <svg>, where SVG readers look for it.
    const body = svg.replace(
      /<svg\b[^>]*>/,
      (open) =>
        `${open}<title>${escapeXmlText(meta.title)}</title><desc>${escapeXmlText(description)}</desc>`,
    );
    return { name: `${base}.svg`, type: 'image/svg+xml', body };
  }
  const blob = cy.png({
    output: 'blob',
    full: true,
    bg: '#ffffff',
    scale: 2,
    maxWidth: MAX_PNG_SIDE,
    maxHeight: MAX_PNG_SIDE,
  });
  const png = new Uint8Array(await blob.arrayBuffer());
  return {
    name: `${base}.png`,
    type: 'image/png',
    body: withPngText(png, 'Description', description),
  };
}

export async function dataFile(
  format: ExportFormat,
  graph: Graph,
  meta: ExportMeta,
  base: string,
): Promise<ExportFile> {
  const { fileName, mediaType, serializeGraph } = await import('../../../schema/formats/index.ts');
  return {
    name: fileName(format, base),
    type: mediaType(format),
    body: serializeGraph(format, graph, meta),
  };
}

/** Hands a file to the browser as a download. */
export function download(file: ExportFile): void {
  const blob = new Blob([file.body as BlobPart], { type: file.type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
