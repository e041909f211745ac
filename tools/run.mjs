#!/usr/bin/env node
// Runs a server-side TypeScript entry point: builds dist/server (incrementally), then runs the compiled file
// in this process with the remaining arguments. Used by the npm scripts (migrate, import, generate, bench).
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildServer } from './build-node.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node tools/run.mjs <path/to/entry.ts> [args...]');
  process.exit(2);
}
const outRoot = await buildServer({ quiet: true });
process.argv = [process.argv[0], entry, ...args];
await import(pathToFileURL(join(outRoot, relative(root, resolve(root, entry)).replace(/\.ts$/, '.js'))).href);
