// The floor must send exactly what the API sends. Rather than copy the resolvers' argument
// handling (defaults, ISO dates, integer conversion), each request is run once through the
// real app with a driver that records every executeQuery call: its Cypher text, parameters
// and configuration are then replayed as they are.
import type { Driver } from 'neo4j-driver';
import { createApp } from '../../server/app.ts';
import type { Database } from '../../db/connect.ts';
import type { Request } from './operations.ts';

export interface DriverCall {
  cypher: string;
  params: Record<string, unknown>;
  config: object;
}

export interface Captured {
  request: Request;
  /** The statements the API ran for this request (one, for these operations). */
  calls: DriverCall[];
  /** Bytes of the JSON response. */
  bytes: number;
  /** A one-line size of the answer, for the report: "500 nodes, 1,612 edges". */
  size: string;
}

type ExecuteQuery = Driver['executeQuery'];

function describe(data: Record<string, unknown>): string {
  const [value] = Object.values(data) as Record<string, unknown>[];
  if (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((v: { nodes?: unknown }) => Array.isArray(v?.nodes))
  )
    return `${value.length} graphs, ${value.reduce((n: number, v: { nodes: unknown[] }) => n + v.nodes.length, 0)} nodes`;
  if (Array.isArray(value)) return `${value.length} results`;
  if (value && Array.isArray(value.nodes) && Array.isArray(value.edges))
    return `${value.nodes.length} nodes, ${value.edges.length} edges${value.truncated ? ' (truncated)' : ''}`;
  if (value && Array.isArray(value.events))
    return `${String(value.eventCount)} events (${value.events.length} listed), ${(value.agreements as unknown[]).length} agreements`;
  return 'answered';
}

export async function captureCalls(
  db: Database,
  requests: readonly Request[],
): Promise<Captured[]> {
  let calls: DriverCall[] = [];
  const executeQuery = ((cypher: string, params: Record<string, unknown>, config: object) => {
    calls.push({ cypher, params, config });
    return db.driver.executeQuery(cypher, params, config);
  }) as unknown as ExecuteQuery;
  // The reader only ever calls executeQuery; nothing else of the driver is reached.
  const app = createApp({ db: { driver: { executeQuery } as Driver, database: db.database } });
  const captured: Captured[] = [];
  for (const request of requests) {
    calls = [];
    const response = await app.fetch('http://bench/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: request.query, variables: request.variables }),
    });
    const text = await response.text();
    const body = JSON.parse(text) as { data?: Record<string, unknown>; errors?: unknown[] };
    if (response.status !== 200 || body.errors || !body.data) {
      throw new Error(
        `${request.what}: the API answered ${response.status}: ${text.slice(0, 500)}`,
      );
    }
    captured.push({ request, calls, bytes: Buffer.byteLength(text), size: describe(body.data) });
  }
  return captured;
}
