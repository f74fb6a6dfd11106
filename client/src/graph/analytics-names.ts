// The measures the explorer computes on a view (analytics.ts), by name: shared by the URL state,
// the canvas, the legend and the table without loading graphology's algorithms.
export const METRICS = ['degree', 'weightedDegree', 'betweenness', 'pagerank'] as const;
export type MetricName = (typeof METRICS)[number];

export const METRIC_NAMES: Record<MetricName, string> = {
  degree: 'Degree',
  weightedDegree: 'Weighted degree',
  betweenness: 'Betweenness',
  pagerank: 'PageRank',
};
