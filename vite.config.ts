// The explorer's build: client/ → dist/client, which the server serves at `/`. In development
// (`npm run dev`) Vite serves client/ with hot reload and forwards API paths to the server.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** Where `npm run dev` finds the API server. */
const API = 'http://127.0.0.1:4000';
const proxy = { '/graphql': API, '/export': API, '/health': API };

export default defineConfig({
  root: 'client',
  plugins: [react()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    // Cytoscape and its layout are most of the bundle; a chunk of their own caches across releases.
    rollupOptions: {
      output: {
        manualChunks: (id: string) =>
          /node_modules\/(cytoscape|cose-base|layout-base)/.test(id) ? 'graph' : undefined,
      },
    },
  },
  server: { proxy },
  preview: { proxy },
});
