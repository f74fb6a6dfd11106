// The curation fields: the review queue and text sources (open reads), and the writes (the
// write-auth plugin has checked the token and put the principal in the context). Each write is
// one transaction in db/curation/ (review.ts, retract.ts); expected refusals come back as coded errors.
import {
  acceptCandidate,
  createCandidate,
  CurationError,
  rejectCandidate,
} from '../../db/curation/review.ts';
import { retractFact } from '../../db/curation/retract.ts';
import type { FactEdit } from '../../db/curation/candidate-rows.ts';
import { addSource, checkText } from '../curation/add-source.ts';
import { appError, badInput, notFound, translateDatabaseError } from '../errors.ts';
import {
  factCandidates,
  pendingCandidates,
  sourceDocument,
  sourceDocuments,
  toCandidate,
} from '../queries/candidates.ts';
import type { Context } from './context.ts';
import type { MutationResolvers, QueryResolvers } from './generated/resolvers.ts';
import { bounded, boundedList, checkId } from './inputs.ts';

async function writing<T>(context: Context, work: () => Promise<T>): Promise<T> {
  try {
    const result = await work();
    // This process wrote: cached answers (the default country network, dataSpan) go now.
    context.caches.network.invalidate();
    context.caches.dataSpan.invalidate();
    return result;
  } catch (error) {
    if (error instanceof CurationError) {
      throw error.code === 'NOT_FOUND'
        ? notFound(error.message)
        : appError('BAD_INPUT', error.message, { argument: error.argument });
    }
    translateDatabaseError(error);
  }
}

function checkEdit(argument: string, edit: FactEdit | null | undefined): FactEdit | null {
  if (!edit) return null;
  for (const [key, value] of Object.entries(edit)) {
    if (typeof value === 'string' && value.length > 500) {
      throw badInput(`${argument}.${key}`, `at most 500 characters (got ${value.length})`);
    }
    if (Array.isArray(value)) {
      boundedList(`${argument}.${key}`, value);
      for (const v of value as string[]) {
        if (v.length > 200)
          throw badInput(`${argument}.${key}`, 'each value at most 200 characters');
      }
    }
  }
  return edit;
}

export const curationQueries: Pick<
  QueryResolvers,
  'pendingCandidates' | 'sourceDocument' | 'sourceDocuments' | 'factCandidates' | 'viewer'
> = {
  // The write-auth plugin verified the token (QUERY_SCOPES) before this runs.
  viewer: (_, __, { principal }) => ({ name: principal!.name, scope: principal!.scope }),
  pendingCandidates: (_, args, { reader }) =>
    pendingCandidates(reader, {
      first: bounded('first', args.first, 20, 100),
      after: args.after,
      source:
        args.source === null || args.source === undefined ? null : checkId('source', args.source),
    }),
  sourceDocument: (_, args, { reader }) => sourceDocument(reader, checkId('id', args.id)),
  sourceDocuments: (_, args, { reader }) =>
    sourceDocuments(reader, bounded('first', args.first, 50, 200)),
  factCandidates: (_, args, { reader }) => factCandidates(reader, checkId('id', args.id)),
};

async function documentOf(context: Context, id: string) {
  const document = await sourceDocument(context.reader, id);
  if (!document) throw notFound(`no text source with id ${id}`);
  return document;
}

export const curationMutations: Pick<
  MutationResolvers,
  'addSource' | 'createCandidate' | 'acceptCandidate' | 'rejectCandidate' | 'retractFact'
> = {
  addSource: async (_, { input }, context) => {
    const stored = await writing(context, () =>
      addSource(input, {
        db: context.db,
        reader: context.reader,
        principal: context.principal!,
        hooks: context.curationHooks,
        fetchText: context.fetchText,
      }),
    );
    const source = await documentOf(context, stored.sourceId);
    return { source, candidates: source.candidates, created: stored.created };
  },
  createCandidate: (_, { input }, context) =>
    writing(context, async () => {
      checkId('input.sourceId', input.sourceId);
      checkText('input.fields.name', input.fields.name ?? 'x');
      return toCandidate(
        await createCandidate(
          context.db,
          context.principal!,
          { ...input, kind: input.kind, fields: checkEdit('input.fields', input.fields) ?? {} },
          context.curationHooks,
        ),
      );
    }),
  acceptCandidate: (_, args, context) =>
    writing(context, async () =>
      toCandidate(
        await acceptCandidate(
          context.db,
          context.principal!,
          {
            id: checkId('id', args.id),
            edit: checkEdit('edit', args.edit),
            mergeInto:
              args.mergeInto === null || args.mergeInto === undefined
                ? null
                : checkId('mergeInto', args.mergeInto),
          },
          context.curationHooks,
        ),
      ),
    ),
  rejectCandidate: (_, args, context) =>
    writing(context, async () =>
      toCandidate(
        await rejectCandidate(
          context.db,
          context.principal!,
          checkId('id', args.id),
          context.curationHooks,
        ),
      ),
    ),
  retractFact: (_, args, context) =>
    writing(context, async () =>
      toCandidate(
        await retractFact(
          context.db,
          context.principal!,
          checkId('id', args.id),
          context.curationHooks,
        ),
      ),
    ),
};
