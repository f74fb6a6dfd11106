// Graph interchange formats, shared by the server's GET /export/{format} and the explorer's
// download buttons. Pure functions of (graph, meta): no Node-only APIs, so Vite bundles them.
import type { Graph } from '../graph.ts';
import { toCSVZip } from './csv-zip.ts';
import { toJSON } from './cytoscape-json.ts';
import type { ExportMeta } from './export-meta.ts';
import { toGEXF } from './gexf.ts';
import { toGraphML } from './graphml.ts';

export { toGraphML } from './graphml.ts';
export { toGEXF } from './gexf.ts';
export { toCSV, csvField, type CsvTables } from './csv.ts';
export { toCSVZip, csvReadme } from './csv-zip.ts';
export { toJSON, toCytoscapeJson, type CytoscapeJson, type ElementData } from './cytoscape-json.ts';
export {
  collectSources,
  describeExport,
  type ExportMeta,
  type ExportSource,
} from './export-meta.ts';
export { LIST_SEPARATOR } from './columns.ts';
export { RENAMED_PROPERTY_PREFIX } from './place-properties.ts';

export const EXPORT_FORMATS = ['graphml', 'gexf', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

// graphml+xml and gexf+xml are the names Gephi and the GraphML primer use (neither is
// IANA-registered); `csv` is the zip of nodes.csv, edges.csv and README.txt.
const MEDIA_TYPES: Record<ExportFormat, string> = {
  graphml: 'application/graphml+xml',
  gexf: 'application/gexf+xml',
  csv: 'application/zip',
  json: 'application/json',
};

const EXTENSIONS: Record<ExportFormat, string> = {
  graphml: '.graphml',
  gexf: '.gexf',
  csv: '.csv.zip',
  json: '.json',
};

/** The Content-Type of an export (XML and JSON are UTF-8 by their own rules). */
export function mediaType(format: ExportFormat): string {
  return MEDIA_TYPES[format];
}

/**
 * A download name: `base` reduced to ASCII letters, digits, '-', '_' and '.', so it is safe in
 * a Content-Disposition header and on every file system; 'entente-graph' when nothing is left.
 */
export function fileName(format: ExportFormat, base: string): string {
  const safe = base
    .normalize('NFKD')
    // Accents split off by NFKD go, so "Société" becomes "Societe" rather than "Socie-te".
    .replace(/\p{M}+/gu, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 100);
  return `${safe || 'entente-graph'}${EXTENSIONS[format]}`;
}

/** Serializes `graph` in `format`: text for graphml, gexf and json; zip bytes for csv. */
export function serializeGraph(
  format: ExportFormat,
  graph: Graph,
  meta: ExportMeta,
): string | Uint8Array {
  switch (format) {
    case 'graphml':
      return toGraphML(graph, meta);
    case 'gexf':
      return toGEXF(graph, meta);
    case 'csv':
      return toCSVZip(graph, meta);
    case 'json':
      return toJSON(graph, meta);
  }
}
