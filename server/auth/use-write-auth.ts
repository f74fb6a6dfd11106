// Writes need a token; reads stay open. A small yoga plugin rather than envelop's generic-auth:
// the decision is one table (scopes.ts) checked once per operation before execution, with
// failed attempts counted per client address, and the verified principal put in the context
// for the resolvers that sign their writes. generic-auth would add a dependency and directives
// in the public SDL to do the same check, and it has no notion of counting failures.
//
// No token → UNAUTHENTICATED; a malformed, unknown or revoked one → UNAUTHENTICATED (and a
// failure counted); a valid one without the scope → FORBIDDEN; too many failures → RATE_LIMITED.
import { getOperationAST, Kind, type DocumentNode, type SelectionSetNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Database } from '../../db/connect.ts';
import { scopeAllows, verifyToken, type Principal } from '../../db/curation/tokens.ts';
import { appError, translateDatabaseError } from '../errors.ts';
import { FailureLimiter } from './failure-limiter.ts';
import { neededScope } from './scopes.ts';

function rootFields(document: DocumentNode, set: SelectionSetNode, seen = new Set<string>()) {
  const names: string[] = [];
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) names.push(selection.name.value);
    else if (selection.kind === Kind.INLINE_FRAGMENT) {
      names.push(...rootFields(document, selection.selectionSet, seen));
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = document.definitions.find(
        (d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === selection.name.value,
      );
      if (fragment?.kind === Kind.FRAGMENT_DEFINITION) {
        names.push(...rootFields(document, fragment.selectionSet, seen));
      }
    }
  }
  return names;
}

interface ServerContext {
  request?: Request;
  /** node:http's request, when yoga runs under http.createServer. */
  req?: { socket?: { remoteAddress?: string } };
}

export function clientAddress(context: ServerContext): string {
  return context.req?.socket?.remoteAddress ?? 'unknown';
}

export function useWriteAuth(options: {
  db: Pick<Database, 'driver' | 'database'>;
  limiter: FailureLimiter;
}): Plugin<{ principal?: Principal }> {
  return {
    onExecute({ args, setResultAndStopExecution, extendContext }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (!operation) return;
      const needed = neededScope(
        operation.operation,
        rootFields(args.document, operation.selectionSet),
      );
      if (!needed) return;
      const context = args.contextValue as ServerContext;
      const refuse = (error: ReturnType<typeof appError>) =>
        setResultAndStopExecution({ errors: [error] });
      const address = clientAddress(context);
      const wait = options.limiter.retryAfter(address);
      if (wait > 0) {
        refuse(
          appError(
            'RATE_LIMITED',
            `Too many failed sign-ins from this address; try again in ${wait} s.`,
            {
              retryAfter: wait,
            },
          ),
        );
        return;
      }
      const header = context.request?.headers.get('authorization') ?? null;
      if (!header) {
        refuse(
          appError(
            'UNAUTHENTICATED',
            `This operation writes: send "Authorization: Bearer <token>" with a token of scope ${needed} (npm run token -- create).`,
          ),
        );
        return;
      }
      const bearer = /^Bearer ([\x21-\x7e]{1,200})$/.exec(header)?.[1];
      return (async () => {
        let principal: Principal | null = null;
        try {
          principal = bearer ? await verifyToken(options.db, bearer) : null;
        } catch (error) {
          translateDatabaseError(error);
        }
        if (!principal) {
          options.limiter.fail(address);
          refuse(
            appError(
              'UNAUTHENTICATED',
              bearer
                ? 'The token is unknown or revoked.'
                : 'The Authorization header must read "Bearer <token>".',
            ),
          );
          return;
        }
        if (!scopeAllows(principal.scope, needed)) {
          refuse(
            appError(
              'FORBIDDEN',
              `Token "${principal.name}" has scope ${principal.scope}; this operation needs ${needed}.`,
            ),
          );
          return;
        }
        extendContext({ principal });
      })();
    },
  };
}
