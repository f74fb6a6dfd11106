// Talking to the API in tests: the real yoga app on the test database, a driver wrapper that
// records every statement sent, and a small GraphQL helper.
import type { Driver } from 'neo4j-driver';
import { createApp, type App } from '../../server/app.ts';
import type { Database } from '../../db/connect.ts';

export interface Recorded {
  statements: string[];
  /** The parameters of each statement, when a test asks for them. */
  params?: Record<string, unknown>[];
}

/** The driver with executeQuery wrapped to record each Cypher text it is given. */
export function recordingDriver(driver: Driver, recorded: Recorded): Driver {
  return new Proxy(driver, {
    get(target, property, receiver) {
      if (property === 'executeQuery') {
        return (cypher: string, ...rest: unknown[]) => {
          recorded.statements.push(cypher);
          recorded.params?.push((rest[0] ?? {}) as Record<string, unknown>);
          return (target.executeQuery as (...args: unknown[]) => unknown).call(
            target,
            cypher,
            ...rest,
          );
        };
      }
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

export function apiOn(db: Database, recorded?: Recorded): App {
  const driver = recorded ? recordingDriver(db.driver, recorded) : db.driver;
  return createApp({ db: { driver, database: db.database } });
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export async function graphql<T = Record<string, unknown>>(
  app: App,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<T>> {
  const response = await app.fetch('http://entente.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as object) };
}
