// Every format puts a node's or edge's properties beside fixed fields (id, kind, label, type,
// weight, evidence…) in one flat record, so a property can carry a fixed field's name. One rule
// for all formats: the same fact twice is written once; a different value is kept under
// `prop_<name>`, never dropped and never overwriting the fixed field.
import type { PropertyValue } from '../graph.ts';

/** Prefix of a property whose name is taken by a fixed field and whose value differs from it. */
export const RENAMED_PROPERTY_PREFIX = 'prop_';

/**
 * Adds `properties` to `record` (which already holds the fixed fields), converting each value;
 * a value converted to undefined (null, in every format) is left out.
 */
export function placeProperties<V>(
  record: Record<string, V>,
  properties: Record<string, PropertyValue>,
  reserved: ReadonlySet<string>,
  convert: (value: PropertyValue) => V | undefined,
): void {
  const clashes: [string, V][] = [];
  for (const [key, value] of Object.entries(properties)) {
    const converted = convert(value);
    if (converted === undefined) continue;
    if (reserved.has(key)) clashes.push([key, converted]);
    else record[key] = converted;
  }
  // Clashes go second so that a renamed property never overwrites one that had the name.
  for (const [key, value] of clashes) {
    // An edge's `weight` property is its weight: the same fact, written once.
    if (key in record && JSON.stringify(record[key]) === JSON.stringify(value)) continue;
    let name = RENAMED_PROPERTY_PREFIX + key;
    while (name in record || reserved.has(name)) name = RENAMED_PROPERTY_PREFIX + name;
    record[name] = value;
  }
}
