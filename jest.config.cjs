// `npm test` runs every project's Jest config in one run (see tools/test.mjs). The database template that
// integration tests copy is built once, here, for the whole run.
module.exports = {
  projects: ['<rootDir>/apps/*/jest.config.cjs', '<rootDir>/libs/*/jest.config.cjs', '<rootDir>/libs/*/*/jest.config.cjs'],
  globalSetup: '<rootDir>/tools/jest-global-setup.cjs',
  globalTeardown: '<rootDir>/tools/jest-global-teardown.cjs',
};
