// A node's or edge's properties as a definition list, with readable names and values.
import type { PropertyValue } from '../../../schema/graph.ts';
import { ROW_PROPERTIES } from './dataset-row.tsx';

/** Properties the panel shows elsewhere (kind line, CAMEO row, dataset row) or that only matter to the canvas. */
const SHOWN_ELSEWHERE = new Set([
  'degree',
  'eventKind',
  'cameoCode',
  'cameoBase',
  'cameoRoot',
  // The candidate that wrote a curated fact: the Curated section names it by its quote.
  'candidateId',
  ...ROW_PROPERTIES,
]);

export function humanize(name: string): string {
  const spaced = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

export function formatValue(value: PropertyValue): string {
  if (value === null) return '—';
  if (Array.isArray(value)) return value.length ? value.join(', ') : '—';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toFixed(2);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

export function PropertyTable({ properties }: { properties: Record<string, PropertyValue> }) {
  const rows = Object.entries(properties).filter(
    ([name, value]) =>
      !SHOWN_ELSEWHERE.has(name) && value !== null && !(Array.isArray(value) && value.length === 0),
  );
  if (rows.length === 0) return null;
  return (
    <dl className="properties">
      {rows.map(([name, value]) => (
        <div key={name} className="property">
          <dt>{humanize(name)}</dt>
          <dd>{formatValue(value)}</dd>
        </div>
      ))}
    </dl>
  );
}
