// SDL → TypeScript types for server and client (schema/generated/graphql.ts). The output is
// committed so that a reader sees the types; CI regenerates it and fails on any difference.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  generates: {
    'schema/generated/graphql.ts': {
      plugins: ['typescript'],
      config: {
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false },
        scalars: { JSON: 'Record<string, unknown>', ID: 'string' },
        useTypeImports: true,
      },
    },
  },
};
export default config;
