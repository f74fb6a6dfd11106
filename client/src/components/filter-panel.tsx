// Filters: which entity kinds and relationship types the view loads (applied by the API, also
// to expansions), whether the country network is the base, and hiding isolated nodes.
import type { EntityKind, RelationshipType } from '../../../schema/generated/graphql.ts';
import { KIND_COLOURS, KIND_NAMES } from '../graph/colours.ts';
import { ENTITY_KINDS, RELATIONSHIP_TYPES, type ViewState } from '../state/view-state.ts';
import type { ViewUpdate } from '../state/use-url-view.ts';
import { Check } from './check.tsx';

/** Toggles one value; a list holding every value becomes null ("no filter"). */
export function toggleIn<T>(current: readonly T[] | null, all: readonly T[], value: T): T[] | null {
  const base = current ?? all;
  const next = base.includes(value) ? base.filter((other) => other !== value) : [...base, value];
  return next.length === all.length ? null : all.filter((other) => next.includes(other));
}

export function FilterPanel({ view, update }: { view: ViewState; update: ViewUpdate }) {
  const kindOn = (kind: EntityKind) => view.kinds === null || view.kinds.includes(kind);
  const typeOn = (type: RelationshipType) =>
    view.relationshipTypes === null || view.relationshipTypes.includes(type);
  return (
    <section className="panel" aria-labelledby="filters-title">
      <h2 id="filters-title">Filters</h2>
      <Check
        checked={view.countries}
        onToggle={() => update((v) => ({ ...v, countries: !v.countries }))}
      >
        Country network
      </Check>
      <Check
        checked={view.hideIsolated}
        onToggle={() => update((v) => ({ ...v, hideIsolated: !v.hideIsolated }))}
      >
        Hide isolated nodes
      </Check>
      <fieldset>
        <legend>Entity kinds</legend>
        {ENTITY_KINDS.map((kind) => (
          <Check
            key={kind}
            checked={kindOn(kind)}
            onToggle={() => update((v) => ({ ...v, kinds: toggleIn(v.kinds, ENTITY_KINDS, kind) }))}
          >
            <span className="swatch" style={{ background: KIND_COLOURS[kind] }} />
            {KIND_NAMES[kind]}
          </Check>
        ))}
      </fieldset>
      <fieldset>
        <legend>Relationship types</legend>
        {RELATIONSHIP_TYPES.map((type) => (
          <Check
            key={type}
            checked={typeOn(type)}
            onToggle={() =>
              update((v) => ({
                ...v,
                relationshipTypes: toggleIn(v.relationshipTypes, RELATIONSHIP_TYPES, type),
              }))
            }
          >
            {type.replace(/_/g, ' ').toLowerCase()}
          </Check>
        ))}
      </fieldset>
    </section>
  );
}
