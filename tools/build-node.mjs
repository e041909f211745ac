#!/usr/bin/env node
// Compiles the server side (apps/api, apps/worker, apps/cli and libs/**, not the web app) with SWC into
// dist/server, mirroring the source tree, rewriting the @ita/* path aliases to relative paths and copying
// data files that code reads next to itself. SWC rather than tsc: it emits decorator metadata (Nest needs it),
// takes well under a second for the whole tree, and only rebuilds files whose source is newer.
// Type checking is `nx run-many -t typecheck`/lint, not this step.
import { transformFile } from '@swc/core';
import { readFileSync, readdirSync, statSync, mkdirSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outRoot = join(root, 'dist', 'server');
const sourceDirs = ['apps/api/src', 'apps/worker/src', 'apps/cli/src', 'libs/domain/src', 'libs/server'];
const assetExtensions = ['.csv', '.json', '.sql', '.gql'];
const skip = /(\.spec\.ts|\.integration-spec\.ts|\.d\.ts)$/;

const swcrc = JSON.parse(readFileSync(join(root, '.swcrc'), 'utf8'));
const aliases = Object.entries(JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')).compilerOptions.paths).map(
  ([alias, [target]]) => [alias, join(root, target).replace(/\.ts$/, '')],
);

function* walk(dir) {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === '__fixtures__') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

function rewriteAliases(code, sourceFile) {
  return code.replace(/require\("(@ita\/[^"]+)"\)/g, (match, specifier) => {
    const hit = aliases.find(([alias]) => alias === specifier);
    if (!hit) throw new Error(`${relative(root, sourceFile)}: unknown path alias ${specifier}`);
    let rel = relative(dirname(sourceFile), hit[1]);
    if (!rel.startsWith('.')) rel = `./${rel}`;
    return `require("${rel}")`;
  });
}

export async function buildServer({ quiet = false } = {}) {
  const started = Date.now();
  let compiled = 0;
  let copied = 0;
  for (const dir of sourceDirs) {
    for (const file of walk(join(root, dir))) {
      const rel = relative(root, file);
      if (file.endsWith('.ts') && !skip.test(file)) {
        const out = join(outRoot, rel.replace(/\.ts$/, '.js'));
        if (existsSync(out) && statSync(out).mtimeMs >= statSync(file).mtimeMs) continue;
        const result = await transformFile(file, { ...swcrc, swcrc: false, filename: file, sourceFileName: relative(dirname(out), file) });
        mkdirSync(dirname(out), { recursive: true });
        writeFileSync(out, `${rewriteAliases(result.code, file)}\n//# sourceMappingURL=${out.split('/').pop()}.map\n`);
        if (result.map) writeFileSync(`${out}.map`, result.map);
        compiled++;
      } else if (assetExtensions.some((ext) => file.endsWith(ext)) && !rel.includes('__fixtures__')) {
        const out = join(outRoot, rel);
        if (existsSync(out) && statSync(out).mtimeMs >= statSync(file).mtimeMs) continue;
        mkdirSync(dirname(out), { recursive: true });
        copyFileSync(file, out);
        copied++;
      }
    }
  }
  if (!quiet)
    console.log(`build: ${compiled} files compiled, ${copied} assets copied in ${Date.now() - started} ms → ${relative(root, outRoot)}`);
  return outRoot;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildServer().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
