// Builds the explorer (vite build → dist/client) when its sources are newer than the last
// build, so `npm start` and `npm test` always serve the current explorer without a manual step
// and without paying for a build when nothing changed.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { PROJECT_ROOT } from '../db/config.ts';

const built = path.join(PROJECT_ROOT, 'dist', 'client', 'index.html');
const inputs = ['client', 'schema', 'vite.config.ts', 'package-lock.json'].map((p) =>
  path.join(PROJECT_ROOT, p),
);

function newestChange(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(
    stat.mtimeMs,
    ...fs.readdirSync(target).map((entry) => newestChange(path.join(target, entry))),
  );
}

const lastBuild = fs.existsSync(built) ? fs.statSync(built).mtimeMs : 0;
if (process.argv.includes('--force') || Math.max(...inputs.map(newestChange)) > lastBuild) {
  const began = Date.now();
  console.log('Building the explorer (dist/client)…');
  await build({ configFile: path.join(PROJECT_ROOT, 'vite.config.ts'), logLevel: 'warn' });
  console.log(`Built the explorer in ${((Date.now() - began) / 1000).toFixed(1)} s`);
}
