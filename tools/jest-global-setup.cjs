// Builds the test database template once per `npm test` run (apps/cli/src/prepare-test-template.ts)
// and leaves its location in the environment, which Jest's workers inherit.
const { execFileSync } = require('node:child_process');
const { join } = require('node:path');

module.exports = async function globalSetup() {
  if (process.env.ITA_TEST_TEMPLATE_DB || process.env.ITA_TEST_PGLITE_DUMP) return;
  const started = Date.now();
  const output = execFileSync(process.execPath, ['tools/run.mjs', 'apps/cli/src/prepare-test-template.ts'], {
    cwd: join(__dirname, '..'),
    env: { ...process.env, NODE_OPTIONS: '' },
    encoding: 'utf8',
  });
  const located = JSON.parse(output.trim().split('\n').pop());
  Object.assign(process.env, located);
  console.log(`\ntest database template (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}) ready in ${Date.now() - started} ms`);
};
