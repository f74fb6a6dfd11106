// Moving through the graph with the keyboard: arrows go to the node that way, N/P go through
// all nodes in reading order.
import { describe, expect, it } from 'vitest';
import { nodeInDirection, readingOrder } from '../../client/src/canvas/graph-keys.ts';

const at = (id: string, x: number, y: number) => ({ id, x, y });
const centre = at('c', 0, 0);
const around = [at('e', 100, 10), at('far-e', 300, 0), at('n', 5, -80), at('w', -90, 30)];

describe('nodeInDirection', () => {
  it('goes to the nearest node that way, preferring straight ahead', () => {
    expect(nodeInDirection(centre, around, 'right')).toBe('e');
    expect(nodeInDirection(centre, around, 'up')).toBe('n');
    expect(nodeInDirection(centre, around, 'left')).toBe('w');
  });

  it('finds nothing where no node lies that way, and never the node itself', () => {
    expect(nodeInDirection(centre, around, 'down')).toBeNull();
    expect(nodeInDirection(centre, [centre], 'right')).toBeNull();
  });
});

describe('readingOrder', () => {
  it('reads rows from the top, left to right within a row', () => {
    const nodes = [at('b', 200, 5), at('a', 0, 12), at('d', 50, 100), at('c', 400, 0)];
    expect(readingOrder(nodes, 40)).toEqual(['a', 'b', 'c', 'd']);
  });
});
