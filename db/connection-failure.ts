// One line for a Neo4j that could not be used at start-up, saying which of the usual causes it
// is: refused credentials are not an unreachable server, and the fix differs (NEO4J_PASSWORD
// versus NEO4J_URI or a running server).
import { Neo4jError } from 'neo4j-driver';

const REFUSED_CREDENTIALS = new Set([
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.CredentialsExpired',
  'Neo.ClientError.Security.AuthenticationRateLimit',
]);

export function describeConnectionFailure(error: unknown, uri: string, username: string): string {
  if (error instanceof Neo4jError && REFUSED_CREDENTIALS.has(error.code)) {
    return `Neo4j at ${uri} refused the credentials of user ${username}: check NEO4J_USERNAME and NEO4J_PASSWORD (${error.code}).`;
  }
  return `Neo4j at ${uri} did not answer: ${(error as Error).message}`;
}
