// The architecture as rules (npm run lint runs `depcruise`): no import cycles, and every folder
// imports only the rooms below it (README, "Layout"). A rule broken names the file and the import.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle: the modules cannot be read (or loaded) one after the other.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'schema-is-the-contract',
      severity: 'error',
      comment: 'schema/ is what every part depends on; it depends on no part.',
      from: { path: '^schema/' },
      to: { path: '^(db|server|seed|client|bench|tests|scripts)/' },
    },
    {
      name: 'db-is-below',
      severity: 'error',
      comment:
        'db/ (configuration, the managed Neo4j, the connection, the writers) serves every command.',
      from: { path: '^db/' },
      to: { path: '^(server|seed|client|bench|scripts)/' },
    },
    {
      name: 'seed-not-server',
      severity: 'error',
      comment: 'The seed loader and importers reach the database through db/, never server/.',
      from: { path: '^seed/' },
      to: { path: '^(server|client)/' },
    },
    {
      name: 'extract-is-a-library',
      severity: 'error',
      comment: 'The extractor is pure: importers, the server and scripts use it, not the reverse.',
      from: { path: '^extract/' },
      to: { path: '^(server|seed|client|bench|scripts)/' },
    },
    {
      name: 'server-seeds-only-in-prepare-data',
      severity: 'error',
      comment: 'Only server/prepare-data.ts brings seed data to an empty database.',
      from: { path: '^server/', pathNot: '^server/prepare-data\\.ts$' },
      to: { path: '^seed/' },
    },
    {
      name: 'queries-below-graphql',
      severity: 'error',
      comment: 'Cypher queries know nothing of GraphQL resolvers or HTTP routes.',
      from: { path: '^server/queries/' },
      to: { path: '^server/(graphql|http)/' },
    },
    {
      name: 'client-imports-only-schema',
      severity: 'error',
      comment: 'The explorer takes the contract (schema/) and nothing else of the project.',
      from: { path: '^client/' },
      to: { path: '^(db|server|seed|bench|tests|scripts)/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|\\.entente)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
