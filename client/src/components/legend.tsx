// What the colours and shapes mean, for the kinds and edge kinds present in the view.
import type { Graph } from '../../../schema/graph.ts';
import type { EntityKind } from '../../../schema/generated/graphql.ts';
import { edgeColour, KIND_COLOURS, KIND_NAMES } from '../graph/colours.ts';
import type { ViewMetrics } from '../graph/analytics.ts';
import type { MetricName } from '../graph/analytics-names.ts';
import { edgeKind } from '../graph/to-elements.ts';
import { CommunityLegend } from './community-legend.tsx';

const EDGE_KIND_NAMES: Record<string, string> = {
  MEETINGS: 'Countries: mostly meetings',
  EXERCISES: 'Countries: mostly exercises',
  AGREEMENTS: 'Countries: mostly agreements',
  CONFLICT: 'Countries: conflictual (Goldstein < 0)',
  DYAD: 'Countries: other events',
};

export interface LegendProps {
  graph: Graph;
  metrics: ViewMetrics | null;
  colourBy: 'kind' | 'community';
  sizeBy: MetricName;
}

export function Legend({ graph, metrics, colourBy, sizeBy }: LegendProps) {
  const byCommunity = colourBy === 'community' && metrics !== null;
  const kinds = [...new Set(graph.nodes.map((node) => node.kind))] as EntityKind[];
  const edgeKinds = [...new Set(graph.edges.map(edgeKind))].sort();
  if (kinds.length === 0) return null;
  return (
    <section className="legend" aria-label="Legend" data-testid="legend">
      <CommunityLegend graph={graph} metrics={metrics} colourBy={colourBy} sizeBy={sizeBy} />
      {!byCommunity && (
        <ul>
          {kinds.map((kind) => (
            <li key={kind}>
              <span className="swatch" style={{ background: KIND_COLOURS[kind] }} />
              {KIND_NAMES[kind]}
            </li>
          ))}
        </ul>
      )}
      <ul>
        {edgeKinds.map((kind) => (
          <li key={kind}>
            <span className="line" style={{ background: edgeColour(kind) }} />
            {EDGE_KIND_NAMES[kind] ?? kind.replace(/_/g, ' ').toLowerCase()}
          </li>
        ))}
      </ul>
      {graph.edges.some((edge) => edge.type === 'DYAD') && (
        <p className="muted">
          {sizeBy === 'degree' && 'Country size: number of partners. '}Line width: shared events and
          agreements.
        </p>
      )}
    </section>
  );
}
