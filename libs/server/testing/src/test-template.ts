import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export const TEMPLATE_ENV = { postgres: 'ITA_TEST_TEMPLATE_DB', pglite: 'ITA_TEST_PGLITE_DUMP' } as const;

/** Where the migrated, reference-seeded template for this test run lives. */
export interface TestTemplate {
  /** Real PostgreSQL: the template database's name on the DATABASE_URL server. */
  postgresTemplate?: string;
  /** Embedded: a PGlite dumpDataDir tarball to load per test file. */
  pgliteDump?: string;
}

const workspaceRoot = resolve(__dirname, '..', '..', '..', '..');

/**
 * The run's template. Jest's globalSetup (tools/jest-global-setup.cjs) builds it once and leaves its location
 * in the environment; a test file run on its own builds one here.
 */
export function ensureTestTemplate(env: NodeJS.ProcessEnv = process.env): TestTemplate {
  if (!env[TEMPLATE_ENV.postgres] && !env[TEMPLATE_ENV.pglite]) {
    const output = execFileSync(process.execPath, ['tools/run.mjs', 'apps/cli/src/prepare-test-template.ts'], {
      cwd: workspaceRoot,
      env: { ...env, NODE_OPTIONS: '' },
      encoding: 'utf8',
    });
    Object.assign(env, JSON.parse(output.trim().split('\n').pop() as string));
  }
  return env.DATABASE_URL ? { postgresTemplate: env[TEMPLATE_ENV.postgres] } : { pgliteDump: env[TEMPLATE_ENV.pglite] };
}
