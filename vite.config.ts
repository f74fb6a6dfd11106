// The explorer's build: client/ → dist/client, which the server serves at `/`. In development
// (`npm run dev`) Vite serves client/ with hot reload and forwards API paths to the server.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** Where `npm run dev` finds the API server: this machine, on PORT (default 4000) like `npm start`. */
const API = `http://127.0.0.1:${process.env.PORT ?? 4000}`;
const proxy = { '/graphql': API, '/export': API, '/health': API };

export default defineConfig({
  root: 'client',
  plugins: [react()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    // Cytoscape with its layouts (~580 kB, 180 kB gzipped) is one chunk of its own, so it is
    // cached across releases of the explorer; it is the floor of the warning, not a mistake.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'graph', test: /node_modules[\\/](cytoscape|cose-base|layout-base)/ }],
        },
      },
    },
  },
  server: { proxy },
  preview: { proxy },
});
