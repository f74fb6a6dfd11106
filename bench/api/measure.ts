// One operation, measured on both sides at the same concurrency and for the same time. The
// machine is shared and its load drifts within minutes, so the measured time is cut into
// slices that alternate floor, API, API, floor, ... (each side goes first as often as second),
// and each side's figures come from all of its slices together.
import type { Database } from '../../db/connect.ts';
import { captureCalls } from './capture.ts';
import { floorLoad } from './floor-load.ts';
import { httpLoad } from './http-load.ts';
import type { Operation } from './operations.ts';
import { waitUntilQuiet } from './quiet.ts';
import { figures, type LoadResult, type Row } from './stats.ts';

export interface MeasureOptions {
  connections: number;
  /** Shortest measured period per side. */
  seconds: number;
  warmup: number;
  /** Fewest requests a measured period should complete: slow operations run longer. */
  minRequests: number;
  /** Slices per side (see above). */
  rounds: number;
}

function merge(results: readonly LoadResult[]): LoadResult {
  return {
    times: results.flatMap((r) => r.times),
    seconds: results.reduce((sum, r) => sum + r.seconds, 0),
    errors: results.reduce((sum, r) => sum + r.errors, 0),
    firstError: results.find((r) => r.firstError)?.firstError,
  };
}

export async function measureOperation(
  db: Database,
  apiUrl: string,
  operation: Operation,
  options: MeasureOptions,
  log: (line: string) => void,
): Promise<Row> {
  const captured = await captureCalls(db, operation.requests);
  for (const c of captured)
    log(`  ${operation.name} / ${c.request.what}: ${c.size}, ${(c.bytes / 1024).toFixed(0)} KiB`);
  const statements = captured.map((c) => c.calls);
  const { connections } = options;

  // The floor's loop waits for its last requests, so its warm-up gives an honest rate even
  // when one request takes longer than the warm-up (countryNetwork under load).
  await waitUntilQuiet(db);
  const warm = await floorLoad(db.driver, statements, { connections, seconds: options.warmup });
  const rate = (warm.times.length + warm.late!) / warm.drained!;
  // A slice must let each connection answer several requests, or the requests cut off at its
  // end (a fixed number per slice) would be a large share of a slow operation's; and there are
  // at least two slices a side (floor, API, API, floor), so that drift cancels even then.
  const perSlice = (connections * 5) / rate;
  const seconds = Math.ceil(
    Math.max(options.seconds, options.minRequests / rate, Math.min(2, options.rounds) * perSlice),
  );
  const fit = Math.max(1, Math.min(options.rounds, Math.floor(seconds / perSlice)));
  const rounds = fit > 1 ? fit - (fit % 2) : 1; // even: each side first as often as second
  await httpLoad(apiUrl, operation.requests, { connections, seconds: options.warmup });
  await waitUntilQuiet(db);

  const slice = { connections, seconds: seconds / rounds };
  const floorSlices: LoadResult[] = [];
  const apiSlices: LoadResult[] = [];
  const measureFloor = async () => floorSlices.push(await floorLoad(db.driver, statements, slice));
  const measureApi = async () => {
    apiSlices.push(await httpLoad(apiUrl, operation.requests, slice));
    await waitUntilQuiet(db);
  };
  for (let round = 0; round < rounds; round++) {
    const [first, second] =
      round % 2 === 0 ? [measureFloor, measureApi] : [measureApi, measureFloor];
    await first();
    await second();
  }
  const floor = figures(merge(floorSlices));
  const api = figures(merge(apiSlices));

  for (const [side, f] of [
    ['API', api],
    ['floor', floor],
  ] as const)
    if (f.errors)
      log(`  ${operation.name}: ${f.errors} ${side} errors, the first: ${f.firstError}`);
  log(
    `  ${operation.name}: ${seconds} s per side in ${rounds} slices; API p50 ${api.p50.toFixed(1)} ms, floor p50 ${floor.p50.toFixed(1)} ms`,
  );
  return { operation: operation.name, seconds, api, floor };
}
