// Expected failures carry an extensions.code the client can act on, and each code has the HTTP
// status that /export and other plain-HTTP routes answer with. Anything else is masked by yoga as
// an internal error (no stack, Cypher or host) and logged on the server. This module sits below
// queries/, graphql/ and http/: all of them import it, it imports none of them.
import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';

export type ErrorCode =
  | 'BAD_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'RATE_LIMITED'
  | 'DATABASE_UNAVAILABLE'
  | 'QUERY_TIMEOUT'
  | 'BUSY'
  | 'TOO_EXPENSIVE';

/** The HTTP status of a response that fails with each code. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_INPUT: 400,
  NOT_FOUND: 404,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  RATE_LIMITED: 429,
  DATABASE_UNAVAILABLE: 503,
  QUERY_TIMEOUT: 504,
  /** Too many heavy requests at once: try again after Retry-After. */
  BUSY: 429,
  /** More work than one request may ask for: retrying will not help, narrowing will. */
  TOO_EXPENSIVE: 422,
};

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(HTTP_STATUS, code);
}

export function appError(
  code: ErrorCode,
  message: string,
  extensions: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

/** A bad argument, named so the caller can find it. */
export function badInput(argument: string, message: string): GraphQLError {
  return appError('BAD_INPUT', `${argument}: ${message}`, { argument });
}

export function notFound(message: string): GraphQLError {
  return appError('NOT_FOUND', message);
}

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.ClientError.Security.AuthenticationRateLimit',
]);

/** True when the error means "the database cannot be reached right now". */
export function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Neo4jError)) return false;
  return (
    UNAVAILABLE_CODES.has(error.code) ||
    error.code.startsWith('Neo.TransientError.General.DatabaseUnavailable') ||
    /connect|ECONNREFUSED|ECONNRESET|socket|Pool is closed|acquisition timed out/i.test(
      error.message,
    )
  );
}

/**
 * A transaction Neo4j ended for taking too long. 5.x reports a timeout set by the client as
 * `TransactionTimedOutClientConfiguration` and one set by the server's `db.transaction.timeout`
 * as `TransactionTimedOut`; both are the caller's query, not the database's failure.
 */
const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

export function isTimeout(error: unknown): boolean {
  return error instanceof Neo4jError && TIMEOUT_CODES.has(error.code);
}

/**
 * A transaction Neo4j ended at its memory limit (db.memory.transaction.max, or the total of
 * all transactions, db.memory.transaction.total.max): the request asked for too much.
 */
export function isOverMemory(error: unknown): boolean {
  return (
    error instanceof Neo4jError &&
    (error.code === 'Neo.TransientError.General.MemoryPoolOutOfMemoryError' ||
      error.code.startsWith('Neo.TransientError.General.TransactionMemoryLimit'))
  );
}

/** Turns driver failures the caller should know about into coded errors; rethrows the rest. */
export function translateDatabaseError(error: unknown): never {
  if (isUnavailable(error)) {
    throw appError('DATABASE_UNAVAILABLE', 'The database is unavailable; try again shortly.');
  }
  if (isOverMemory(error)) {
    throw appError(
      'TOO_EXPENSIVE',
      'The query needed more memory than one request may use; narrow it with filters or a smaller limit.',
    );
  }
  if (isTimeout(error)) {
    throw appError(
      'QUERY_TIMEOUT',
      'The query took too long; narrow it with filters or a smaller limit.',
    );
  }
  throw error;
}
