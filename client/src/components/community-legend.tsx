// The legend's account of the analytics: what colours mean when they are communities (each
// with its size and best-connected member) and what node size stands for.
import type { Graph } from '../../../schema/graph.ts';
import { communityColour, type ViewMetrics } from '../graph/analytics.ts';
import { METRIC_NAMES, type MetricName } from '../graph/analytics-names.ts';

/** Communities listed in the legend; the rest are summed up in one line. */
const LISTED = 8;

export function CommunityLegend({
  graph,
  metrics,
  colourBy,
  sizeBy,
}: {
  graph: Graph;
  metrics: ViewMetrics | null;
  colourBy: 'kind' | 'community';
  sizeBy: MetricName;
}) {
  const sizeLine = `Node size: ${METRIC_NAMES[sizeBy].toLowerCase()} in this view.`;
  if (colourBy !== 'community' || !metrics) {
    return sizeBy === 'degree' ? null : <p className="muted">{sizeLine}</p>;
  }
  const members = new Map<number, { count: number; best: string; bestDegree: number }>();
  for (const node of graph.nodes) {
    const m = metrics.nodes.get(node.id);
    if (!m) continue;
    const entry = members.get(m.community) ?? { count: 0, best: node.label, bestDegree: -1 };
    entry.count += 1;
    if (m.weightedDegree > entry.bestDegree) {
      entry.best = node.label;
      entry.bestDegree = m.weightedDegree;
    }
    members.set(m.community, entry);
  }
  const listed = [...members].sort((a, b) => a[0] - b[0]).slice(0, LISTED);
  return (
    <div data-testid="community-legend">
      <p>
        <strong>Colour: Louvain community</strong> ({metrics.communities} in view)
      </p>
      <ul>
        {listed.map(([community, entry]) => (
          <li key={community}>
            <span className="swatch" style={{ background: communityColour(community) }} />
            {entry.best} and {entry.count - 1} more
          </li>
        ))}
      </ul>
      {metrics.communities > LISTED && (
        <p className="muted">and {metrics.communities - LISTED} smaller communities</p>
      )}
      <p className="muted">{sizeLine}</p>
    </div>
  );
}
