// `npm run dev`: the API server as `npm start` runs it (port PORT, default 4000) plus Vite's
// dev server for the explorer with hot reload (port 5173), which forwards /graphql, /export
// and /health to the API (vite.config.ts).
import path from 'node:path';
import { createServer } from 'vite';
import { PROJECT_ROOT } from '../db/config.ts';
import { onShutdown } from '../db/shutdown.ts';

process.env.NODE_ENV ??= 'development';
await import('./main.ts');
const vite = await createServer({ configFile: path.join(PROJECT_ROOT, 'vite.config.ts') });
await vite.listen(5173);
onShutdown(() => vite.close());
console.log(
  `  Explorer with hot reload: ${vite.resolvedUrls?.local[0] ?? 'http://localhost:5173/'}`,
);
