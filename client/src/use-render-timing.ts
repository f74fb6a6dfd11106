// Times each view from its request to its elements drawn and records it on the page probe
// (render-probe.ts); also says whether the canvas is still catching up with the data.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RenderStats } from './canvas/graph-canvas.tsx';
import type { QueryState } from './api/use-query.ts';
import { probe } from './render-probe.ts';

export function useRenderTiming(
  queryKey: string,
  query: QueryState<unknown>,
  elements: unknown,
): { rendering: boolean; onRendered(stats: RenderStats): void } {
  const [rendering, setRendering] = useState(true);
  // The request being timed: set when the view asks the API, recorded once its answer is drawn.
  const pending = useRef<{ key: string; start: number } | null>(null);
  const answered = useRef<{ key: string | null; at: number }>({ key: null, at: 0 });
  const answeredKey = query.loading ? null : query.dataKey;
  if (answeredKey !== answered.current.key) {
    answered.current = { key: answeredKey, at: performance.now() };
  }

  useEffect(() => {
    pending.current = { key: queryKey, start: performance.now() };
  }, [queryKey]);
  useEffect(() => setRendering(true), [elements]);

  const onRendered = useCallback((stats: RenderStats) => {
    setRendering(false);
    const timed = pending.current;
    if (!timed || timed.key !== answered.current.key) return;
    pending.current = null;
    const fetchMs = answered.current.at - timed.start;
    probe().renders.push({ ...stats, ms: performance.now() - timed.start, fetchMs });
  }, []);

  return { rendering, onRendered };
}
