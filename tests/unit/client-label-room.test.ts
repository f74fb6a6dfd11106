// Labels that do not overlap: the important labels are kept, any label overlapping one kept
// before it stays quiet.
import { describe, expect, it } from 'vitest';
import { clearLabels } from '../../client/src/canvas/label-room.ts';

const box = (x: number, y: number, w = 60, h = 12) => ({ x1: x, y1: y, x2: x + w, y2: y + h });

describe('clearLabels', () => {
  it('keeps the first of two overlapping labels and every label clear of the others', () => {
    const shown = clearLabels([
      { id: 'big', box: box(0, 0) },
      { id: 'under-big', box: box(30, 6) },
      { id: 'far', box: box(500, 500) },
      { id: 'below', box: box(0, 40) },
    ]);
    expect([...shown].sort()).toEqual(['below', 'big', 'far']);
  });

  it('finds overlaps across grid cells, and keeps a gap between labels', () => {
    const shown = clearLabels([
      { id: 'a', box: box(100, 100, 300, 12) },
      { id: 'b', box: box(390, 113, 40, 12) },
      { id: 'c', box: box(1000, 1000) },
    ]);
    expect(shown.has('b')).toBe(false);
    expect(shown.has('c')).toBe(true);
  });

  it('keeps no label that lies under another node, whatever its own node', () => {
    const shown = clearLabels(
      [
        { id: 'a', box: box(0, 20) },
        { id: 'b', box: box(300, 20) },
      ],
      [
        { id: 'a', box: box(20, 0, 20, 20) },
        { id: 'c', box: box(30, 25, 20, 20) },
        { id: 'b', box: box(320, 0, 20, 25) },
      ],
    );
    expect([...shown]).toEqual(['b']);
  });

  it('keeps a raised label (selected, focused) over another node, and quiets the labels it covers', () => {
    const shown = clearLabels(
      [
        { id: 'selected', box: box(0, 20) },
        { id: 'covered', box: box(50, 24) },
      ],
      [{ id: 'other', box: box(20, 15, 20, 20) }],
      new Set(['selected']),
    );
    expect([...shown]).toEqual(['selected']);
  });

  it('keeps all labels of a view where none overlap', () => {
    const candidates = Array.from({ length: 30 }, (_, i) => ({
      id: `n${i}`,
      box: box(i * 100, 0),
    }));
    expect(clearLabels(candidates).size).toBe(30);
  });
});
