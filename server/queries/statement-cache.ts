// Statement texts built from a selection's shape are built once per shape: the text depends on
// what is selected, never on values (those are parameters), so every request of one shape
// reuses one string, and Neo4j its one cached plan. Beside graphql-jit's cache of compiled
// operations, this is the cache of their Cypher.
import type { EntityWants } from './entity-rows.ts';

/** Most shapes kept per statement; an operation seldom has more than a few. */
const MAX_SHAPES = 200;

export function statementCache<W extends EntityWants | object>(
  build: (wants: W) => string,
): (wants: W) => string {
  const texts = new Map<string, string>();
  return (wants) => {
    const key = JSON.stringify(wants);
    let text = texts.get(key);
    if (text === undefined) {
      text = build(wants);
      if (texts.size >= MAX_SHAPES) texts.delete(texts.keys().next().value!);
      texts.set(key, text);
    }
    return text;
  };
}
