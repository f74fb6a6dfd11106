// What the researcher does to a view: each action is a pure change of the URL state.
import { describe, expect, it } from 'vitest';
import * as actions from '../../client/src/state/view-actions.ts';
import { DEFAULT_VIEW } from '../../client/src/state/view-state.ts';
import { toggleIn } from '../../client/src/components/filter-panel.tsx';
import { crc32, withPngText } from '../../client/src/export/png-text.ts';

const hamada = 'person:yasukazu-hamada';

describe('view actions', () => {
  it('expands a node once, selects it, and collapses it again', () => {
    const expanded = actions.expandNode(actions.expandNode(DEFAULT_VIEW, hamada), hamada);
    expect(expanded.expanded).toEqual([hamada]);
    expect(expanded.selected).toEqual({ type: 'node', id: hamada });
    expect(actions.collapseNode(expanded, hamada).expanded).toEqual([]);
  });

  it('removing a node stops expanding and pinning it and clears its selection', () => {
    const view = actions.togglePin(actions.expandNode(DEFAULT_VIEW, hamada), hamada);
    const removed = actions.removeNode(view, hamada);
    expect(removed).toMatchObject({ expanded: [], pinned: [], removed: [hamada], selected: null });
    expect(actions.restoreRemoved(removed).removed).toEqual([]);
  });

  it('opens a search result in view by selecting it, and one out of view by expanding it', () => {
    expect(actions.openNode(DEFAULT_VIEW, 'country:JPN', true)).toMatchObject({
      expanded: [],
      selected: { type: 'node', id: 'country:JPN' },
    });
    expect(actions.openNode(DEFAULT_VIEW, hamada, false).expanded).toEqual([hamada]);
  });

  it('path mode brings back removed ends', () => {
    const view = actions.showPath(
      { ...DEFAULT_VIEW, removed: ['person:rajnath-singh'] },
      'person:rajnath-singh',
      'person:lloyd-austin',
    );
    expect(view.path).toEqual({ from: 'person:rajnath-singh', to: 'person:lloyd-austin' });
    expect(view.removed).toEqual([]);
    expect(actions.clearPath(view).path).toBeNull();
  });

  it('filters: unticking then ticking a kind returns to "no filter"', () => {
    const all = ['A', 'B', 'C'] as const;
    const without = toggleIn(null, all, 'B');
    expect(without).toEqual(['A', 'C']);
    expect(toggleIn(without, all, 'B')).toBeNull();
  });
});

describe('PNG export text', () => {
  it('computes the CRC-32 PNG uses', () => {
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
  });

  it('inserts a valid tEXt chunk right after IHDR', () => {
    // The smallest PNG: signature, IHDR (13 bytes), IEND; the chunk contents need not be an image.
    const ihdr = [
      0,
      0,
      0,
      13,
      ...new TextEncoder().encode('IHDR'),
      ...new Array(13).fill(0),
      0,
      0,
      0,
      0,
    ];
    const iend = [0, 0, 0, 0, ...new TextEncoder().encode('IEND'), 0xae, 0x42, 0x60, 0x82];
    const png = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, ...ihdr, ...iend]);
    const out = withPngText(png, 'Description', 'Sources: source:article');
    const text = new TextDecoder('latin1').decode(out);
    expect(text.indexOf('tEXtDescription\0Sources: source:article')).toBe(8 + 25 + 4);
    expect(text.endsWith('IEND\xae\x42\x60\x82')).toBe(true);
    const length = new DataView(out.buffer).getUint32(8 + 25);
    expect(length).toBe('Description\0Sources: source:article'.length);
    const chunk = out.subarray(8 + 25 + 4, 8 + 25 + 8 + length);
    expect(new DataView(out.buffer).getUint32(8 + 25 + 8 + length)).toBe(crc32(chunk));
  });
});
