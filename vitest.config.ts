// Four tiers: `unit` (pure functions, files in parallel), `cypher` (the text of the statements,
// pinned, no database), `cli` (the project's commands spawned as processes, no database: each
// starts Node with tsx, seconds on a busy machine, hence the longer timeout) and `db`
// (integration and end-to-end tests against one real Neo4j started by the global setup; files
// one at a time, because they share and reset that database).
import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // One graphql module for all: Node loads graphql-yoga's copy as CommonJS, while Vite would
    // give our code the .mjs build; two copies make every GraphQLError look foreign to yoga.
    alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: { name: 'cypher', include: ['tests/cypher/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'cli',
          include: ['tests/cli/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'db',
          include: ['tests/integration/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/setup/neo4j.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
