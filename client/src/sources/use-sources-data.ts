// The Sources area's reads: the list of sources (with their candidates' statuses, for the
// counts) and the source being read. `version` moves after every write, so both are asked again.
import type { SourceDocumentQuery, SourceDocumentsQuery } from '../api/generated/operations.ts';
import { SOURCE_DOCUMENT_QUERY, SOURCE_DOCUMENTS_QUERY } from '../api/curation-queries.ts';
import { requestGraphQL } from '../api/graphql-request.ts';
import { useQuery, type QueryState } from '../api/use-query.ts';

export type SourceSummary = SourceDocumentsQuery['sourceDocuments'][number];
export type SourceDocument = NonNullable<SourceDocumentQuery['sourceDocument']>;

export function useSourcesData(
  sourceId: string | null,
  version: number,
): { list: QueryState<SourceSummary[]>; document: QueryState<SourceDocument | null> } {
  const list = useQuery(`sources#${version}`, (signal) =>
    requestGraphQL(SOURCE_DOCUMENTS_QUERY, {}, signal).then((data) => data.sourceDocuments),
  );
  const document = useQuery(sourceId ? `source:${sourceId}#${version}` : null, (signal) =>
    requestGraphQL(SOURCE_DOCUMENT_QUERY, { id: sourceId! }, signal).then(
      (data) => data.sourceDocument,
    ),
  );
  return { list, document };
}
