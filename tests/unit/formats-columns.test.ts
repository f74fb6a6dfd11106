import { describe, expect, it } from 'vitest';
import { edgeTable, nodeTable } from '../../schema/formats/columns.ts';
import type { GraphNode, PropertyValue } from '../../schema/graph.ts';

const node = (id: string, properties: Record<string, PropertyValue>): GraphNode => ({
  id,
  kind: 'PLACE',
  label: id,
  properties,
  evidence: [],
});

describe('the tabular column model (GraphML, GEXF, CSV)', () => {
  it('types a column by all its values: int, long, double, boolean, else string; none for all-null', () => {
    const table = nodeTable([
      node('place:a', { count: 3, big: 2 ** 40, lat: 35, flag: true, mixed: 5, onlyNull: null }),
      node('place:b', { count: -7, big: 1, lat: 35.68, flag: false, mixed: 'five' }),
    ]);
    const typeOf = (name: string) => table.columns.find((c) => c.name === name)?.type;
    expect(typeOf('count')).toBe('int');
    expect(typeOf('big')).toBe('long');
    expect(typeOf('lat')).toBe('double');
    expect(typeOf('flag')).toBe('boolean');
    expect(typeOf('mixed')).toBe('string');
    // null is "no value": a property that is null everywhere makes no column.
    expect(typeOf('onlyNull')).toBeUndefined();
  });

  it('turns the numbers of a mixed column into text, so every value matches its declared type', () => {
    const table = nodeTable([
      node('place:a', { mixed: 5 }),
      node('place:b', { mixed: true }),
      node('place:c', { mixed: 'x' }),
    ]);
    expect(table.rows.map((r) => r.mixed)).toEqual(['5', 'true', 'x']);
  });

  it('declares weight as double even when every weight is whole', () => {
    const table = edgeTable([
      {
        id: 'e',
        source: 'a',
        target: 'b',
        type: 'PART_OF',
        weight: 1,
        properties: {},
        evidence: [],
      },
    ]);
    expect(table.columns.find((c) => c.name === 'weight')?.type).toBe('double');
  });

  it('joins list values with "; " and lists numbers as text', () => {
    const table = nodeTable([node('place:a', { aliases: ['A', 'B'], codes: [1, 2], none: [] })]);
    expect(table.rows[0]).toMatchObject({ aliases: 'A; B', codes: '1; 2', none: '' });
  });

  it('never lets a renamed clash overwrite a property that already has the prefixed name', () => {
    const table = nodeTable([node('place:a', { label: 'Other', prop_label: 'mine' })]);
    expect(table.rows[0]).toMatchObject({
      label: 'place:a',
      prop_label: 'mine',
      prop_prop_label: 'Other',
    });
  });
});
