#!/usr/bin/env node
// `npm start`: the whole product in one process for a newcomer. Builds the server (SWC, incremental) and the
// web app (Vite, when its sources changed), then starts the API with the queue workers inside it. Without
// DATABASE_URL it uses the embedded PostgreSQL under DATA_DIR; without REDIS_URL jobs run in-process.
// DEMO defaults to 1 here (demo data on first start) unless NODE_ENV=production.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildServer } from './build-node.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

function newestMtime(dir) {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function buildWebIfStale() {
  const index = join(root, 'dist/web/index.html');
  const sources = Math.max(newestMtime(join(root, 'apps/web')), newestMtime(join(root, 'libs/web')));
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  console.log('Building the web app…');
  const vite = join(dirname(require.resolve('vite/package.json')), 'bin/vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '-c', 'apps/web/vite.config.mts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) console.warn('The web app did not build; the API still starts (see the output above).');
}

const outRoot = await buildServer();
buildWebIfStale();
if (process.env.DEMO === undefined && process.env.NODE_ENV !== 'production') process.env.DEMO = '1';
process.argv = [process.argv[0], 'api', '--with-worker', ...process.argv.slice(2)];
await import(pathToFileURL(join(outRoot, 'apps/api/src/main.js')).href);
