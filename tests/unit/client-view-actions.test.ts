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
    expect(view.path).toEqual({
      from: 'person:rajnath-singh',
      to: 'person:lloyd-austin',
      choice: 0,
    });
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

  it('inserts a valid iTXt chunk right after IHDR, keeping non-Latin text', () => {
    // The smallest PNG: signature, IHDR (13 bytes), IEND; the chunk contents need not be an image.
    const encode = (text: string) => new TextEncoder().encode(text);
    const ihdr = [0, 0, 0, 13, ...encode('IHDR'), ...new Array(13).fill(0), 0, 0, 0, 0];
    const iend = [0, 0, 0, 0, ...encode('IEND'), 0xae, 0x42, 0x60, 0x82];
    const png = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, ...ihdr, ...iend]);
    const text = 'Path Rajnath Singh → Lloyd Austin; “quote”';
    const out = withPngText(png, 'Description', text);
    const at = 8 + 25; // after the signature and IHDR
    const view = new DataView(out.buffer);
    const length = view.getUint32(at);
    const chunk = out.subarray(at + 4, at + 8 + length);
    expect(new TextDecoder().decode(chunk)).toBe(`iTXtDescription\0\0\0\0\0${text}`);
    expect(view.getUint32(at + 8 + length)).toBe(crc32(chunk));
    expect([...out.subarray(at + 12 + length)]).toEqual(iend);
  });
});
