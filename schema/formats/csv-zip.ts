// The CSV export as one download: nodes.csv, edges.csv and a README.txt that says which view
// this is, how the columns are built and which sources the facts come from. fflate zips in
// memory and runs in the browser as well as in Node.
import { strToU8, zipSync } from 'fflate';
import type { Graph } from '../graph.ts';
import { LIST_SEPARATOR } from './columns.ts';
import { toCSV } from './csv.ts';
import { collectSources, describeExport, sourceLine, type ExportMeta } from './export-meta.ts';

/** README.txt of the CSV zip. */
export function csvReadme(graph: Graph, meta: ExportMeta): string {
  const sources = collectSources(graph);
  return [
    describeExport(graph, meta),
    '',
    'Files',
    '  nodes.csv  one row per node: id, kind, label, its properties, sources, quotes, evidence',
    '  edges.csv  one row per edge: id, source, target, type, weight, its properties, sources,',
    '             quotes, evidence',
    '',
    'Columns',
    '  Properties are the union of all keys, sorted by name; an empty cell means "no value".',
    `  Lists are joined with "${LIST_SEPARATOR}".`,
    '  sources: the ids of the Source records behind the row, in order.',
    '  quotes: the supporting quote for each source in the same order (empty for dataset rows).',
    '  evidence: the same as JSON, [{sourceId, sourceTitle, publisher, url, quote}], exact even',
    `  when a quote itself contains "${LIST_SEPARATOR}".`,
    '  A property named like a fixed column but with another value is kept as prop_<name>.',
    '',
    `Sources (${sources.length})`,
    ...(sources.length ? sources.map((s) => `  ${sourceLine(s)}`) : ['  none cited']),
    '',
  ].join('\r\n');
}

/** A zip of nodes.csv, edges.csv and README.txt. */
export function toCSVZip(graph: Graph, meta: ExportMeta): Uint8Array {
  const { nodes, edges } = toCSV(graph);
  // The export time, not the clock, stamps the entries, so the bytes are a function of the
  // inputs. Zip (DOS) dates as fflate writes them run from 1980 to 2099; it throws outside that range.
  const parsed = new Date(meta.exportedAt);
  const year = parsed.getUTCFullYear();
  const mtime = year >= 1980 && year <= 2099 ? parsed : new Date(Date.UTC(2000, 0, 1));
  return zipSync(
    {
      'nodes.csv': strToU8(nodes),
      'edges.csv': strToU8(edges),
      'README.txt': strToU8(csvReadme(graph, meta)),
    },
    { level: 6, mtime },
  );
}
