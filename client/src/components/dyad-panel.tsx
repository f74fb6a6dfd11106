// The dyad: pick two countries in view, see their meetings, agreements and exercises over time
// (a bar per year) and open any of them in the graph.
import { useState } from 'react';
import type { Graph } from '../../../schema/graph.ts';
import { useDyad } from '../api/use-dyad.ts';
import { DyadChart } from './dyad-chart.tsx';

/** Countries in view as [iso3, name], by name. */
export function countriesInView(graph: Graph): [string, string][] {
  return graph.nodes
    .filter((node) => node.kind === 'COUNTRY' && typeof node.properties.iso3 === 'string')
    .map((node): [string, string] => [String(node.properties.iso3), node.label])
    .sort((x, y) => x[1].localeCompare(y[1]));
}

export function DyadPicker({
  graph,
  onPick,
}: {
  graph: Graph;
  onPick(a: string, b: string): void;
}) {
  const countries = countriesInView(graph);
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const select = (label: string, value: string, set: (iso3: string) => void) => (
    <label>
      {label}
      <select value={value} onChange={(event) => set(event.target.value)}>
        <option value="">—</option>
        {countries.map(([iso3, name]) => (
          <option key={iso3} value={iso3}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section className="panel" aria-labelledby="dyad-title">
      <h2 id="dyad-title">Dyad</h2>
      {countries.length < 2 ? (
        <p className="muted">Two countries in view make a dyad.</p>
      ) : (
        <>
          {select('Country A', a, setA)}
          {select('Country B', b, setB)}
          <div className="actions">
            <button disabled={!a || !b || a === b} onClick={() => onPick(a, b)}>
              Show dyad
            </button>
          </div>
        </>
      )}
    </section>
  );
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

export function dyadSummary(dyad: {
  eventCount: number;
  goldsteinSum: number;
  agreements: unknown[];
  undatedEvents?: number;
  first?: { date: string } | null;
  last?: { date: string } | null;
}): string {
  const span = dyad.first && dyad.last ? `${dyad.first.date} – ${dyad.last.date}: ` : '';
  const undated = dyad.undatedEvents ? ` (${dyad.undatedEvents} undated)` : '';
  return `${span}${count(dyad.eventCount, 'shared event')}${undated}, Goldstein sum ${dyad.goldsteinSum.toFixed(1)}, ${count(dyad.agreements.length, 'agreement')}.`;
}

interface OpenListItem {
  id: string;
  name: string;
  date?: string | null;
  /** An enum value (agreement type, event kind), shown in words. */
  detail: string;
}

/** Agreements or events of the dyad; each opens in the graph. */
function OpenList({
  title,
  items,
  onOpen,
}: {
  title: string;
  items: OpenListItem[];
  onOpen(id: string): void;
}) {
  return (
    <>
      <h3>{title}</h3>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <button className="link" onClick={() => onOpen(item.id)}>
              {item.name}
            </button>{' '}
            <span className="muted">
              {item.date ?? 'undated'} · {item.detail.toLowerCase().replace(/_/g, ' ')}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

interface DyadPanelProps {
  pair: { a: string; b: string };
  from: string | null;
  to: string | null;
  onOpen(id: string): void;
  onClose(): void;
}

export function DyadPanel({ pair, from, to, onOpen, onClose }: DyadPanelProps) {
  const { data, loading, error } = useDyad(pair, from, to);
  const title = data ? `${data.a.name} – ${data.b.name}` : `${pair.a} – ${pair.b}`;
  return (
    <section
      className="dyad-panel"
      aria-labelledby="dyad-panel-title"
      data-testid="dyad-panel"
      aria-busy={loading}
    >
      <header>
        <h2 id="dyad-panel-title">{title}</h2>
        <button className="close" onClick={onClose} aria-label="Close dyad panel (Escape)">
          ×
        </button>
      </header>
      {loading && <p className="muted">Loading the dyad…</p>}
      {error && (
        <p className="error" role="alert">
          {error.message}
        </p>
      )}
      {data && (
        <div className="dyad-body">
          <div>
            <p data-testid="dyad-summary">{dyadSummary(data)}</p>
            <DyadChart years={data.years} />
          </div>
          <div className="dyad-lists">
            <OpenList
              title="Agreements"
              items={data.agreements.map((a) => ({ ...a, detail: a.agreementType }))}
              onOpen={onOpen}
            />
            <OpenList
              title="Events"
              items={data.events.map((e) => ({ ...e, detail: e.eventKind }))}
              onOpen={onOpen}
            />
          </div>
        </div>
      )}
    </section>
  );
}
