// The floor: the API's own statements (captured, see capture.ts) sent straight through the
// driver by a bounded concurrent loop, `connections` requests in flight like autocannon's
// connections, each worker cycling through the requests in order. Like autocannon, it counts
// only the requests answered before the deadline; those still in flight then are awaited (so
// the next measurement starts on an idle database) but not counted, since they ran while the
// concurrency was already falling.
import type { Driver } from 'neo4j-driver';
import type { DriverCall } from './capture.ts';
import type { LoadResult } from './stats.ts';

export interface LoadOptions {
  connections: number;
  seconds: number;
}

export async function floorLoad(
  driver: Driver,
  requests: readonly DriverCall[][],
  options: LoadOptions,
): Promise<LoadResult> {
  const times: number[] = [];
  let errors = 0;
  let late = 0;
  let firstError: string | undefined;
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const worker = async () => {
    for (let i = 0; performance.now() < deadline; i++) {
      const calls = requests[i % requests.length]!;
      const began = performance.now();
      try {
        for (const call of calls) await driver.executeQuery(call.cypher, call.params, call.config);
        const finished = performance.now();
        if (finished <= deadline) times.push(finished - began);
        else late++;
      } catch (error) {
        errors++;
        firstError ??= (error as Error).message;
      }
    }
  };
  await Promise.all(Array.from({ length: options.connections }, worker));
  const drained = (performance.now() - started) / 1000;
  return { times, seconds: options.seconds, errors, firstError, late, drained };
}
