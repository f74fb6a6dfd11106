// Which root fields need a token, and of which scope. Reads are open except the audit trail;
// every Mutation field must be listed here: one that is not needs `admin` (fail closed), so a
// mutation added without thought is never open to the world.
import type { TokenScope } from '../../schema/model.ts';

export const MUTATION_SCOPES: Record<string, TokenScope> = {
  addSource: 'curate',
  createCandidate: 'curate',
  acceptCandidate: 'curate',
  rejectCandidate: 'curate',
  retractFact: 'curate',
};

export const QUERY_SCOPES: Record<string, TokenScope> = {
  auditRecords: 'admin',
  tokens: 'admin',
  // Any live token may ask whose it is (admin includes curate): the explorer's sign-in.
  viewer: 'curate',
};

/** The scope an operation's root fields need: null when none needs one. */
export function neededScope(
  operation: 'query' | 'mutation' | 'subscription',
  fields: readonly string[],
): TokenScope | null {
  let needed: TokenScope | null = operation === 'subscription' ? 'admin' : null;
  for (const field of fields) {
    if (field === '__typename') continue;
    const scope =
      operation === 'mutation' ? (MUTATION_SCOPES[field] ?? 'admin') : QUERY_SCOPES[field];
    if (scope === 'admin') return 'admin';
    if (scope) needed = scope;
  }
  return needed;
}
