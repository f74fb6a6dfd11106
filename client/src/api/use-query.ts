// A small typed hook for one asynchronous question: it reruns when `key` changes, aborts the
// previous request (so a slow old answer never overwrites a newer view), and reports loading and
// errors for the UI. While loading, and after an error, the last answer is kept.
import { useEffect, useState } from 'react';

export interface QueryState<T> {
  data: T | null;
  /** The key `data` answers (it lags `key` while a new answer loads). */
  dataKey: string | null;
  error: Error | null;
  loading: boolean;
}

export function useQuery<T>(
  key: string | null,
  run: (signal: AbortSignal) => Promise<T>,
): QueryState<T> {
  const [state, setState] = useState<QueryState<T>>({
    data: null,
    dataKey: null,
    error: null,
    loading: false,
  });

  useEffect(() => {
    if (key === null) {
      setState({ data: null, dataKey: null, error: null, loading: false });
      return;
    }
    const controller = new AbortController();
    setState((previous) => ({ ...previous, error: null, loading: true }));
    run(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted)
          setState({ data, dataKey: key, error: null, loading: false });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        // The last answer stays on screen beside the error: a failed change loses nothing.
        const reason = error instanceof Error ? error : new Error(String(error));
        setState((previous) => ({ ...previous, error: reason, loading: false }));
      },
    );
    return () => controller.abort();
    // `run` is a new closure each render; `key` names everything it depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return state;
}
