// Steering the country network: which families of links make an edge and what each weighs,
// cooperation or conflict (CAMEO quad classes), event kinds and CAMEO roots, a minimum weight
// and how many edges; and, in place, how many edges the limit left out.
import type { EdgeFamily, EventKind } from '../../../schema/generated/graphql.ts';
import { cameoLabel } from '../../../schema/cameo/labels.ts';
import {
  CAMEO_ROOTS,
  EDGE_FAMILIES,
  EVENT_KINDS,
  MAX_NETWORK_LIMIT,
  QUAD_CLASSES,
  type NetworkState,
} from '../state/network-state.ts';
import type { ViewUpdate } from '../state/use-url-view.ts';
import { Check } from './check.tsx';
import { toggleIn } from './filter-panel.tsx';
import { NumberField } from './number-field.tsx';

const FAMILY_NAMES: Record<EdgeFamily, string> = {
  EVENTS: 'Shared events',
  AGREEMENTS: 'Agreements',
  ARMS_TRANSFERS: 'Arms transfers',
};
const QUAD_NAMES = [
  'Verbal cooperation',
  'Material cooperation',
  'Verbal conflict',
  'Material conflict',
];
const KIND_NAMES: Record<EventKind, string> = {
  MEETING: 'Meetings',
  EXERCISE: 'Exercises',
  INCIDENT: 'Incidents',
  STATEMENT: 'Statements',
  COOPERATION: 'Cooperation',
};

const thousands = (n: number) => n.toLocaleString('en');

/** "Showing 500 of 1,234 edges", said where the limit is set. */
export function truncationText(counts: { shown: number; total: number }): string {
  if (counts.total <= counts.shown) return `Showing all ${thousands(counts.total)} edges.`;
  return `Showing the ${thousands(counts.shown)} heaviest of ${thousands(counts.total)} edges: raise the number of edges to see the others.`;
}

export function NetworkPanel({
  network,
  counts,
  update,
}: {
  network: NetworkState;
  counts: { shown: number; total: number } | null;
  update: ViewUpdate;
}) {
  const set = (change: (n: NetworkState) => NetworkState) =>
    update((v) => ({ ...v, network: change(v.network) }));
  const familyOn = (f: EdgeFamily) => network.families === null || network.families.includes(f);
  const quadOn = (q: number) => network.quadClasses === null || network.quadClasses.includes(q);
  const kindOn = (k: EventKind) => network.eventKinds === null || network.eventKinds.includes(k);
  return (
    <section className="panel network-panel" aria-labelledby="network-title">
      <h2 id="network-title">Country network</h2>
      {counts && (
        <p className="truncation" data-testid="network-truncation" role="status">
          {truncationText(counts)}
        </p>
      )}
      <div className="network-row">
        <NumberField
          label="Edges"
          value={network.limit}
          min={1}
          max={MAX_NETWORK_LIMIT}
          testId="network-limit"
          onCommit={(limit) => set((n) => ({ ...n, limit }))}
        />
        <NumberField
          label="Minimum weight"
          value={network.minWeight}
          min={0}
          max={1e9}
          step={0.5}
          testId="network-min-weight"
          onCommit={(minWeight) => set((n) => ({ ...n, minWeight }))}
        />
      </div>
      <fieldset>
        <legend>Links and their weights</legend>
        {EDGE_FAMILIES.map((family) => (
          <div key={family} className="family">
            <Check
              checked={familyOn(family)}
              onToggle={() =>
                set((n) => ({ ...n, families: toggleIn(n.families, EDGE_FAMILIES, family) }))
              }
            >
              {FAMILY_NAMES[family]}
            </Check>
            <NumberField
              label="×"
              value={network.weights[family]}
              min={0}
              max={1000}
              step={0.5}
              testId={`weight-${family}`}
              onCommit={(weight) =>
                set((n) => ({ ...n, weights: { ...n.weights, [family]: weight } }))
              }
            />
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>Cooperation and conflict (events)</legend>
        {QUAD_CLASSES.map((quad) => (
          <Check
            key={quad}
            checked={quadOn(quad)}
            onToggle={() =>
              set((n) => ({ ...n, quadClasses: toggleIn(n.quadClasses, QUAD_CLASSES, quad) }))
            }
          >
            {QUAD_NAMES[quad - 1]}
          </Check>
        ))}
      </fieldset>
      <fieldset>
        <legend>Event kinds</legend>
        {EVENT_KINDS.map((kind) => (
          <Check
            key={kind}
            checked={kindOn(kind)}
            onToggle={() =>
              set((n) => ({ ...n, eventKinds: toggleIn(n.eventKinds, EVENT_KINDS, kind) }))
            }
          >
            {KIND_NAMES[kind]}
          </Check>
        ))}
      </fieldset>
      <label>
        CAMEO roots (none chosen: all)
        <select
          multiple
          size={5}
          data-testid="cameo-roots"
          value={network.cameoRoots ?? []}
          onChange={(event) => {
            const chosen = [...event.target.selectedOptions].map((option) => option.value);
            set((n) => ({ ...n, cameoRoots: chosen.length ? chosen : null }));
          }}
        >
          {CAMEO_ROOTS.map((root) => (
            <option key={root} value={root}>
              {root} {cameoLabel(root)}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
