// What the researcher can do to a view, as pure ViewState → ViewState changes. Each becomes
// one history entry (use-url-view.ts), so back undoes it.
import type { Selection, ViewState } from './view-state.ts';

const without = (ids: readonly string[], id: string) => ids.filter((other) => other !== id);

/** Brings a node's neighbours into view (with the view's filters) and selects it. */
export function expandNode(view: ViewState, id: string): ViewState {
  return {
    ...view,
    expanded: view.expanded.includes(id) ? view.expanded : [...view.expanded, id],
    removed: without(view.removed, id),
    selected: { type: 'node', id },
  };
}

/** Takes a node's neighbourhood out of view again; neighbours others brought in stay. */
export function collapseNode(view: ViewState, id: string): ViewState {
  return { ...view, expanded: without(view.expanded, id) };
}

/** Removes a node from view (and stops expanding it); "restore" brings removed nodes back. */
export function removeNode(view: ViewState, id: string): ViewState {
  return {
    ...view,
    expanded: without(view.expanded, id),
    pinned: without(view.pinned, id),
    removed: view.removed.includes(id) ? view.removed : [...view.removed, id],
    selected: view.selected?.id === id ? null : view.selected,
  };
}

export function restoreRemoved(view: ViewState): ViewState {
  return { ...view, removed: [] };
}

export function togglePin(view: ViewState, id: string): ViewState {
  return {
    ...view,
    pinned: view.pinned.includes(id) ? without(view.pinned, id) : [...view.pinned, id],
  };
}

export function select(view: ViewState, selection: Selection | null): ViewState {
  return { ...view, selected: selection };
}

/**
 * Opens a node found by search: selected, and brought into view by expanding it unless the
 * loaded graph already shows it.
 */
export function openNode(view: ViewState, id: string, inView: boolean): ViewState {
  if (inView && !view.removed.includes(id)) return select(view, { type: 'node', id });
  return expandNode(view, id);
}

/** Path mode: the shortest paths between two nodes, both kept in view, the best highlighted. */
export function showPath(view: ViewState, from: string, to: string): ViewState {
  return {
    ...view,
    path: { from, to, choice: 0 },
    removed: without(without(view.removed, from), to),
  };
}

/** Highlights another of the equally short paths (0 is the best). */
export function choosePath(view: ViewState, choice: number): ViewState {
  return view.path ? { ...view, path: { ...view.path, choice } } : view;
}

export function clearPath(view: ViewState): ViewState {
  return { ...view, path: null };
}
