// What every export says about itself: which view it is, the query that produced it, when, and
// the sources behind its facts. Each format carries this as its header (GraphML <desc> and graph
// data, GEXF <meta>, the CSV zip's README.txt, Cytoscape JSON's network `data`).
import { DATASET_ATTRIBUTIONS } from '../dataset-attributions.ts';
import type { Graph } from '../graph.ts';

/** Describes the exported view; the same object goes to every serializer. */
export interface ExportMeta {
  /** A human title for the view, e.g. "Neighborhood of country:JPN". */
  title: string;
  /** The query that produced the graph (a GraphQL document or the export URL's query string). */
  query: string;
  /** ISO 8601 timestamp of the export. */
  exportedAt: string;
}

/** One Source cited by the graph's evidence, listed once. */
export interface ExportSource {
  id: string;
  title: string | null;
  publisher: string | null;
  url: string | null;
  /** The line the dataset's terms ask every reuse to carry ("Source: SIPRI Arms Transfers Database"). */
  attribution?: string;
}

/** Every source cited by a node or edge, in order of first citation (nodes, then edges). */
export function collectSources(graph: Graph): ExportSource[] {
  const byId = new Map<string, ExportSource>();
  for (const element of [...graph.nodes, ...graph.edges]) {
    for (const evidence of element.evidence) {
      const known = byId.get(evidence.sourceId);
      if (!known) {
        const attribution = DATASET_ATTRIBUTIONS[evidence.sourceId];
        byId.set(evidence.sourceId, {
          id: evidence.sourceId,
          title: evidence.sourceTitle,
          publisher: evidence.publisher,
          url: evidence.url,
          ...(attribution ? { attribution } : {}),
        });
      } else {
        // A later citation may carry details an earlier one lacked (joins can be partial).
        known.title ??= evidence.sourceTitle;
        known.publisher ??= evidence.publisher;
        known.url ??= evidence.url;
      }
    }
  }
  return [...byId.values()];
}

/**
 * One line per source: "id: title (publisher) url", leaving out what is unknown, then the
 * dataset's attribution line when its terms ask for one ("— Source: SIPRI Arms Transfers
 * Database"), so every format that lists its sources carries it.
 */
export function sourceLine(source: ExportSource): string {
  const parts = [`${source.id}:`];
  if (source.title) parts.push(source.title);
  if (source.publisher) parts.push(`(${source.publisher})`);
  if (source.url) parts.push(source.url);
  if (source.attribution) parts.push(`— ${source.attribution}`);
  return parts.join(' ');
}

/** The plain-text header every format embeds: title, query, time, size and truncation. */
export function describeExport(graph: Graph, meta: ExportMeta): string {
  const lines = [
    meta.title,
    `Exported from Entente at ${meta.exportedAt}.`,
    `Query: ${meta.query}`,
    `${graph.nodes.length} nodes, ${graph.edges.length} edges.`,
  ];
  if (graph.truncated) {
    lines.push('Truncated: a limit cut this view short; more nodes and edges exist.');
  }
  return lines.join('\n');
}

/** The header followed by the list of sources, for formats with one free-text description. */
export function describeWithSources(graph: Graph, meta: ExportMeta): string {
  const sources = collectSources(graph);
  const lines = [describeExport(graph, meta)];
  if (sources.length > 0) lines.push(`Sources (${sources.length}):`, ...sources.map(sourceLine));
  return lines.join('\n');
}
