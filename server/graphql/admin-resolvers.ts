// The admin fields: the audit trail and the tokens. The write-auth plugin has already checked
// the scope (server/auth/scopes.ts) before any of these runs.
import { listTokens, revokeToken } from '../../db/curation/tokens.ts';
import { notFound, translateDatabaseError } from '../errors.ts';
import { auditRecords } from '../queries/audit-records.ts';
import type { MutationResolvers, QueryResolvers } from './generated/resolvers.ts';
import { bounded, checkId } from './inputs.ts';

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    translateDatabaseError(error);
  }
}

export const adminQueries: Pick<QueryResolvers, 'auditRecords' | 'tokens'> = {
  auditRecords: (_, args, { reader }) =>
    auditRecords(reader, {
      first: bounded('first', args.first, 50, 200),
      after: args.after,
      target:
        args.target === null || args.target === undefined ? null : checkId('target', args.target),
    }),
  tokens: (_, __, { db }) => guarded(() => listTokens(db)),
};

export const adminMutations: Pick<MutationResolvers, 'revokeToken'> = {
  revokeToken: async (_, args, { db, principal }) => {
    const id = checkId('id', args.id);
    const [revoked] = await guarded(() =>
      revokeToken(db, id, { actor: principal!.name, tokenId: principal!.tokenId, byName: false }),
    );
    if (!revoked) throw notFound(`id: no live token with id ${JSON.stringify(id)}`);
    return revoked;
  },
};
