// The layout (fcose by default) and the renderer. A layout runs when chosen or when
// "Lay out again" is pressed, never on its own while the researcher arranges the view.
import { LAYOUTS, type LayoutName, type ViewState } from '../state/view-state.ts';
import type { ViewUpdate } from '../state/use-url-view.ts';
import { Check } from './check.tsx';

const LAYOUT_NAMES: Record<LayoutName, string> = {
  fcose: 'Force-directed (fcose)',
  concentric: 'Concentric (by degree)',
  breadthfirst: 'Breadth-first (from expanded)',
  circle: 'Circle',
  timeline: 'Time-ordered',
  map: 'Map (countries and places where they are)',
};

export function LayoutPicker({
  view,
  update,
  onRelayout,
}: {
  view: ViewState;
  update: ViewUpdate;
  onRelayout(): void;
}) {
  return (
    <section className="panel" aria-labelledby="layout-title">
      <h2 id="layout-title">Layout</h2>
      <label>
        <span className="visually-hidden">Layout</span>
        <select
          value={view.layout}
          data-testid="layout"
          onChange={(event) => update((v) => ({ ...v, layout: event.target.value as LayoutName }))}
        >
          {LAYOUTS.map((name) => (
            <option key={name} value={name}>
              {LAYOUT_NAMES[name]}
            </option>
          ))}
        </select>
      </label>
      <div className="actions">
        <button onClick={onRelayout}>Lay out again</button>
      </div>
      <Check checked={view.webgl} onToggle={() => update((v) => ({ ...v, webgl: !v.webgl }))}>
        WebGL renderer (for thousands of elements)
      </Check>
    </section>
  );
}
