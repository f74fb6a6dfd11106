// SDL → TypeScript, one way (DESIGN.md): the schema's types (schema/generated/graphql.ts), the
// server's resolver signatures typed from them, and the explorer's answers typed from its own
// operations. The outputs are committed so that a reader sees the types; CI regenerates them and
// fails on any difference.
import type { CodegenConfig } from '@graphql-codegen/cli';

const scalars = { JSON: 'Record<string, unknown>', ID: 'string' };

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  generates: {
    'schema/generated/graphql.ts': {
      plugins: ['typescript'],
      config: {
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false },
        scalars,
        useTypeImports: true,
      },
    },
    // Resolvers<Context>: each resolver's arguments from the SDL, its parent and result in the
    // shapes the queries return (mappers), so a field the SDL renames fails the typecheck.
    'server/graphql/generated/resolvers.ts': {
      plugins: [
        { add: { content: "import type * as Types from '../../../schema/generated/graphql.ts';" } },
        'typescript-resolvers',
      ],
      config: {
        namespacedImportName: 'Types',
        useTypeImports: true,
        enumsAsTypes: true,
        scalars,
        contextType: '../context.ts#Context',
        useIndexSignature: false,
        mappers: {
          Country: '../../queries/entity-rows.ts#EntityObject',
          Person: '../../queries/entity-rows.ts#EntityObject',
          Organization: '../../queries/entity-rows.ts#EntityObject',
          WeaponSystem: '../../queries/entity-rows.ts#EntityObject',
          Place: '../../queries/entity-rows.ts#EntityObject',
          Event: '../../queries/entity-rows.ts#EntityObject',
          Agreement: '../../queries/entity-rows.ts#EntityObject',
          ArmsTransfer: '../../queries/entity-rows.ts#EntityObject',
          Source: '../../queries/entity-rows.ts#EntityObject',
          Candidate: '../../queries/candidates.ts#CandidateRow',
          SourceDocument: '../../queries/candidates.ts#SourceDocumentRow',
          Graph: '../../../schema/graph.ts#Graph',
          GraphNode: '../../../schema/graph.ts#GraphNode',
          GraphEdge: '../../../schema/graph.ts#GraphEdge',
        },
      },
    },
    // The explorer's answers, one type per operation in client/src/api/queries.ts (and
    // curation-queries.ts, the Sources area's).
    'client/src/api/generated/operations.ts': {
      documents: ['client/src/api/queries.ts', 'client/src/api/curation-queries.ts'],
      plugins: [
        { add: { content: "import type { PropertyValue } from '../../../../schema/graph.ts';" } },
        'typescript-operations',
      ],
      config: {
        enumType: 'string-literal',
        // A node's or edge's properties as schema/graph.ts types them, so answers feed the
        // shared export serializers unchanged.
        scalars: { ...scalars, JSON: 'Record<string, PropertyValue>' },
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false },
      },
    },
  },
};
export default config;
