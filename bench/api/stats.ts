// Latency figures computed the same way for both sides: every request's time, sorted, and the
// nearest-rank percentile. (autocannon's own histogram rounds to whole milliseconds, too
// coarse for a 3 ms search, so the API side collects its per-response times instead.)

export interface LoadResult {
  /** Milliseconds per completed request. */
  times: number[];
  /** Wall-clock seconds of the measured period. */
  seconds: number;
  /** Requests that failed (status other than 200, GraphQL errors, driver errors). */
  errors: number;
  /** What the first failure said, to report it. */
  firstError?: string;
  /** Floor only: requests answered after the deadline (awaited, not counted)... */
  late?: number;
  /** ...and the seconds until the last of them was answered. */
  drained?: number;
}

export interface Figures {
  p50: number;
  p99: number;
  rps: number;
  requests: number;
  errors: number;
  firstError?: string;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function figures(result: LoadResult): Figures {
  const sorted = [...result.times].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    rps: result.times.length / result.seconds,
    requests: result.times.length,
    errors: result.errors,
    firstError: result.firstError,
  };
}

const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));

export interface Row {
  operation: string;
  /** Measured seconds per side. */
  seconds: number;
  api: Figures;
  floor: Figures;
}

/** A Markdown table (it reads fine in a terminal too). */
export function table(rows: readonly Row[]): string {
  const lines = [
    '| operation | s | API p50 ms | API p99 ms | API req/s | floor p50 ms | floor p99 ms | floor req/s | p50 ratio |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const { operation, seconds, api, floor } of rows) {
    lines.push(
      `| ${operation} | ${seconds} | ${ms(api.p50)} | ${ms(api.p99)} | ${api.rps.toFixed(1)} | ${ms(floor.p50)} | ${ms(floor.p99)} | ${floor.rps.toFixed(1)} | ${(api.p50 / floor.p50).toFixed(2)}× |`,
    );
  }
  return lines.join('\n');
}
