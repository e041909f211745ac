// The COPY paths run only on the real PostgreSQL (DATABASE_URL): COPY breaks the embedded PGlite, where the
// import never takes them, so without a server their spec is not collected.
const needsPostgres = process.env.DATABASE_URL ? [] : ['\\.postgres\\.integration-spec\\.ts$'];

module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'server-ingest',
  rootDir: __dirname,
  testPathIgnorePatterns: ['/node_modules/', ...needsPostgres],
};
