// The right-hand panel: the selected node or edge with its properties and evidence, and what
// can be done with it (expand, collapse, pin, remove, path ends, dyad).
import type { Graph, GraphEdge, GraphNode, PropertyValue } from '../../../schema/graph.ts';
import { cameoLabel } from '../../../schema/cameo/labels.ts';
import { KIND_COLOURS, KIND_NAMES } from '../graph/colours.ts';
import type { Selection } from '../state/view-state.ts';
import { DyadEdgeDetails } from './dyad-edge-details.tsx';
import { CuratedFacts } from './curated-facts.tsx';
import { DatasetRow } from './dataset-row.tsx';
import { EvidenceList } from './evidence-list.tsx';
import { formatValue, PropertyTable } from './property-table.tsx';

export interface NodeActions {
  expand(id: string): void;
  collapse(id: string): void;
  remove(id: string): void;
  togglePin(id: string): void;
  pathEnd(end: 'from' | 'to', id: string): void;
  openDyad(a: string, b: string): void;
  /** Opens a node (brought into view if need be), e.g. an event an edge summarises. */
  open(id: string): void;
  close(): void;
  /** Opens the Sources area at a curated fact's place in its text. */
  showInText?(sourceId: string, candidateId: string): void;
}

interface DetailsPanelProps {
  graph: Graph;
  selected: Selection;
  expanded: readonly string[];
  pinned: readonly string[];
  actions: NodeActions;
  /** Moves when the view is loaded again, so the curated facts are asked again too. */
  version?: string;
}

function Fact({ name, value }: { name: string; value: PropertyValue | undefined }) {
  if (value === undefined || value === null) return null;
  return (
    <div className="property">
      <dt>{name}</dt>
      <dd>{formatValue(value)}</dd>
    </div>
  );
}

function NodeDetails({
  node,
  expanded,
  pinned,
  actions,
  version,
}: { node: GraphNode } & Omit<DetailsPanelProps, 'graph' | 'selected'>) {
  const isExpanded = expanded.includes(node.id);
  const isPinned = pinned.includes(node.id);
  const cameo = node.properties.cameoCode;
  return (
    <>
      <p className="kind">
        <span className="swatch" style={{ background: KIND_COLOURS[node.kind] }} />
        {KIND_NAMES[node.kind]}
        {typeof node.properties.eventKind === 'string' &&
          ` · ${node.properties.eventKind.toLowerCase()}`}
      </p>
      <div className="actions" role="group" aria-label="Node actions">
        {isExpanded ? (
          <button onClick={() => actions.collapse(node.id)}>Collapse</button>
        ) : (
          <button onClick={() => actions.expand(node.id)}>Expand neighbours</button>
        )}
        <button onClick={() => actions.togglePin(node.id)} aria-pressed={isPinned}>
          {isPinned ? 'Unpin' : 'Pin'}
        </button>
        <button onClick={() => actions.remove(node.id)}>Remove</button>
        <button onClick={() => actions.pathEnd('from', node.id)}>Path from here</button>
        <button onClick={() => actions.pathEnd('to', node.id)}>Path to here</button>
      </div>
      {typeof cameo === 'string' && (
        <dl className="properties">
          <Fact name="CAMEO" value={`${cameo} ${cameoLabel(cameo) ?? ''}`.trim()} />
        </dl>
      )}
      <PropertyTable properties={node.properties} />
      <DatasetRow properties={node.properties} />
      <h3>Evidence</h3>
      <EvidenceList evidence={node.evidence} />
      {actions.showInText && (
        <CuratedFacts id={node.id} version={version ?? ''} onShowInText={actions.showInText} />
      )}
    </>
  );
}

/** The event an edge leads to or from, whose date and codes describe the edge. */
function eventEnd(graph: Graph, edge: GraphEdge): GraphNode | undefined {
  return graph.nodes.find(
    (node) => node.kind === 'EVENT' && (node.id === edge.source || node.id === edge.target),
  );
}

function EdgeDetails({
  graph,
  edge,
  actions,
}: {
  graph: Graph;
  edge: GraphEdge;
  actions: NodeActions;
}) {
  const label = (id: string) => graph.nodes.find((node) => node.id === id)?.label ?? id;
  const event = eventEnd(graph, edge);
  const facts = { ...(event?.properties ?? {}), ...edge.properties };
  const cameo = typeof facts.cameoCode === 'string' ? facts.cameoCode : null;
  if (edge.type === 'DYAD') return <DyadEdgeDetails graph={graph} edge={edge} actions={actions} />;
  return (
    <>
      <p className="kind">{edge.type.replace(/_/g, ' ').toLowerCase()}</p>
      <p>
        {label(edge.source)} → {label(edge.target)}
      </p>
      <dl className="properties">
        <Fact name="Type" value={edge.type} />
        <Fact name="Date" value={facts.date} />
        <Fact name="CAMEO" value={cameo && `${cameo} ${cameoLabel(cameo) ?? ''}`.trim()} />
        <Fact name="Goldstein score" value={facts.goldstein} />
        <Fact name="Weight" value={edge.weight} />
      </dl>
      <PropertyTable properties={edge.properties} />
      <DatasetRow properties={edge.properties} />
      <h3>Evidence</h3>
      <EvidenceList evidence={edge.evidence} />
    </>
  );
}

export function DetailsPanel({
  graph,
  selected,
  expanded,
  pinned,
  actions,
  version,
}: DetailsPanelProps) {
  const node = selected.type === 'node' ? graph.nodes.find((n) => n.id === selected.id) : undefined;
  const edge = selected.type === 'edge' ? graph.edges.find((e) => e.id === selected.id) : undefined;
  const title =
    node?.label ??
    (edge ? (edge.type === 'DYAD' ? 'Country relation' : `${edge.type} relation`) : selected.id);
  return (
    <section className="details-panel" aria-labelledby="details-title" data-testid="details-panel">
      <header>
        <h2 id="details-title">{title}</h2>
        <button className="close" onClick={actions.close} aria-label="Close details (Escape)">
          ×
        </button>
      </header>
      {node && (
        <NodeDetails
          node={node}
          expanded={expanded}
          pinned={pinned}
          actions={actions}
          version={version}
        />
      )}
      {edge && <EdgeDetails graph={graph} edge={edge} actions={actions} />}
      {!node && !edge && <p className="muted">Not in the current view.</p>}
    </section>
  );
}
