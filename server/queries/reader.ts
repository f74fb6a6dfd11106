// Every API read goes through here: one auto-committed read transaction per statement, routed
// to a reader in a cluster, bounded in time, with driver failures turned into coded errors.
import neo4j from 'neo4j-driver';
import type { Database } from '../../db/connect.ts';
import { translateDatabaseError } from '../errors.ts';

export type Row = Record<string, unknown>;

export interface Reader {
  read(cypher: string, params?: object): Promise<Row[]>;
}

/** Longest an API read may run before Neo4j aborts it. */
export const READ_TIMEOUT_MS = 15_000;

export interface ReaderOptions {
  /** Longest a read may run before Neo4j aborts it; default READ_TIMEOUT_MS. */
  timeoutMs?: number;
}

export function createReader(
  db: Pick<Database, 'driver' | 'database'>,
  options: ReaderOptions = {},
): Reader {
  const timeout = options.timeoutMs ?? READ_TIMEOUT_MS;
  return {
    async read(cypher, params = {}) {
      try {
        const { records } = await db.driver.executeQuery(cypher, withIntegers(params), {
          database: db.database,
          routing: neo4j.routing.READ,
          transactionConfig: { timeout },
        });
        return records.map((record) => record.toObject() as Row);
      } catch (error) {
        translateDatabaseError(error);
      }
    },
  };
}

/**
 * JavaScript has one number type; Cypher needs integers for LIMIT, slices and counts. Whole
 * numbers among the parameters are sent as integers (no parameter of ours is a float that
 * happens to be whole).
 */
function withIntegers(params: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [
      key,
      typeof value === 'number' && Number.isInteger(value) ? neo4j.int(value) : value,
    ]),
  );
}
