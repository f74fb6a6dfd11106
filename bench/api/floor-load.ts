// The floor: the API's own statements (captured, see capture.ts) sent straight through the
// driver by a bounded concurrent loop, `connections` requests in flight like autocannon's
// connections, each worker cycling through the requests in order.
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
  let firstError: string | undefined;
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const worker = async () => {
    for (let i = 0; performance.now() < deadline; i++) {
      const calls = requests[i % requests.length]!;
      const began = performance.now();
      try {
        for (const call of calls) await driver.executeQuery(call.cypher, call.params, call.config);
        times.push(performance.now() - began);
      } catch (error) {
        errors++;
        firstError ??= (error as Error).message;
      }
    }
  };
  await Promise.all(Array.from({ length: options.connections }, worker));
  return { times, seconds: (performance.now() - started) / 1000, errors, firstError };
}
