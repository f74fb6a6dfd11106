// A one-line description of a view, for the page title and export headers.
import type { Graph } from '../../schema/graph.ts';
import type { ViewState } from './state/view-state.ts';

export function viewTitle(view: ViewState, graph: Graph): string {
  const name = (id: string) => graph.nodes.find((node) => node.id === id)?.label ?? id;
  const parts: string[] = [];
  if (view.countries) parts.push('Country network');
  if (view.expanded.length) parts.push(`neighbourhood of ${view.expanded.map(name).join(', ')}`);
  if (view.path) parts.push(`path ${name(view.path.from)} → ${name(view.path.to)}`);
  if (view.from || view.to) parts.push(`${view.from ?? '…'} to ${view.to ?? '…'}`);
  const text = parts.join('; ') || 'Empty view';
  return text.charAt(0).toUpperCase() + text.slice(1);
}
