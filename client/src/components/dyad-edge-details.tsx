// The details of an aggregated country-to-country edge (type DYAD): undirected, so its ends are
// shown as a pair; its counts as one small table with the true first and last date of each
// family (at the precision the data gives); the events and agreements it summarises as links
// that open them; the evidence once per source. Nothing is listed twice.
import type { Evidence, Graph, GraphEdge, PropertyValue } from '../../../schema/graph.ts';
import { EvidenceList } from './evidence-list.tsx';

export interface DyadEdgeActions {
  /** Opens a node (an event or agreement the edge summarises) in the graph. */
  open(id: string): void;
  openDyad(a: string, b: string): void;
}

const num = (value: PropertyValue | undefined) =>
  typeof value === 'number' && Number.isFinite(value) ? value : 0;
const str = (value: PropertyValue | undefined) => (typeof value === 'string' ? value : null);

/** A reduced date with its precision said when it is coarser than the form shows. */
export function datedText(date: string | null, precision: string | null): string {
  if (!date) return '—';
  if (precision === 'YEAR' && date.length > 4) return `${date.slice(0, 4)} (year)`;
  if (precision === 'MONTH' && date.length > 7) return `${date.slice(0, 7)} (month)`;
  return date;
}

function span(p: Record<string, PropertyValue>, family: string): string {
  const first = datedText(str(p[`first${family}Date`]), str(p[`first${family}Precision`]));
  const last = datedText(str(p[`last${family}Date`]), str(p[`last${family}Precision`]));
  return first === last ? first : `${first} – ${last}`;
}

/** The rows of the counts table: only what the edge holds. */
function countRows(p: Record<string, PropertyValue>): [string, number, string][] {
  const rows: [string, number, string][] = [];
  if (num(p.events) > 0) {
    rows.push(['Shared events', num(p.events), span(p, 'Event')]);
    const kinds: [string, string][] = [
      ['meetings', 'meetings'],
      ['exercises', 'exercises'],
      ['incidents', 'incidents'],
      ['statements', 'statements'],
      ['cooperations', 'cooperation'],
    ];
    for (const [key, name] of kinds) if (num(p[key]) > 0) rows.push([`· ${name}`, num(p[key]), '']);
    const quads = [
      'verbal cooperation',
      'material cooperation',
      'verbal conflict',
      'material conflict',
    ];
    quads.forEach((name, i) => {
      const count = num(p[`quadClass${i + 1}`]);
      if (count > 0) rows.push([`· ${name}`, count, '']);
    });
  }
  if (num(p.agreements) > 0) {
    rows.push(['Agreements', num(p.agreements), span(p, 'Agreement')]);
    if (num(p.agreementsInForce) > 0) rows.push(['· in force', num(p.agreementsInForce), '']);
  }
  if (num(p.transfers) > 0) rows.push(['Arms transfers', num(p.transfers), span(p, 'Transfer')]);
  return rows;
}

/** Evidence without repeats: one entry per source and quote. */
export function uniqueEvidence(evidence: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((item) => {
    const key = `${item.sourceId}\u0000${item.quote ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function Links({
  title,
  ids,
  graph,
  onOpen,
}: {
  title: string;
  ids: string[];
  graph: Graph;
  onOpen(id: string): void;
}) {
  if (ids.length === 0) return null;
  const label = (id: string) => graph.nodes.find((node) => node.id === id)?.label ?? id;
  return (
    <>
      <h3>{title}</h3>
      <ul className="open-links">
        {ids.map((id) => (
          <li key={id}>
            <button className="link" onClick={() => onOpen(id)}>
              {label(id)}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

export function DyadEdgeDetails({
  graph,
  edge,
  actions,
}: {
  graph: Graph;
  edge: GraphEdge;
  actions: DyadEdgeActions;
}) {
  const p = edge.properties;
  const end = (id: string) => graph.nodes.find((node) => node.id === id);
  const [a, b] = [end(edge.source), end(edge.target)];
  const [isoA, isoB] = [a?.properties.iso3, b?.properties.iso3];
  const list = (value: PropertyValue | undefined) =>
    Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  const rows = countRows(p);
  return (
    <>
      <p className="kind">Country relation (aggregated, undirected)</p>
      <p data-testid="dyad-edge-ends">
        {a?.label ?? edge.source} — {b?.label ?? edge.target}
      </p>
      <dl className="properties">
        <div className="property">
          <dt>Period</dt>
          <dd data-testid="dyad-edge-period">{span(p, '')}</dd>
        </div>
        <div className="property">
          <dt>Weight</dt>
          <dd>{Number.isInteger(edge.weight) ? edge.weight : edge.weight.toFixed(2)}</dd>
        </div>
        {num(p.events) > 0 && (
          <div className="property">
            <dt>Goldstein sum</dt>
            <dd>{num(p.goldsteinSum).toFixed(1)}</dd>
          </div>
        )}
      </dl>
      {rows.length > 0 && (
        <table className="counts" data-testid="dyad-edge-counts">
          <thead>
            <tr>
              <th scope="col">What</th>
              <th scope="col">Count</th>
              <th scope="col">First – last</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([name, count, dates]) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                <td>{count}</td>
                <td>{dates}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {typeof isoA === 'string' && typeof isoB === 'string' && (
        <div className="actions">
          <button onClick={() => actions.openDyad(isoA, isoB)}>Open dyad panel</button>
        </div>
      )}
      <Links title="Agreements" ids={list(p.agreementIds)} graph={graph} onOpen={actions.open} />
      <Links
        title="Sample events"
        ids={list(p.sampleEventIds)}
        graph={graph}
        onOpen={actions.open}
      />
      <h3>Evidence</h3>
      <EvidenceList evidence={uniqueEvidence(edge.evidence)} />
    </>
  );
}
