// `npm test` runs every project's Jest config in one run (see tools/test.mjs).
module.exports = {
  projects: ['<rootDir>/apps/*/jest.config.cjs', '<rootDir>/libs/*/jest.config.cjs', '<rootDir>/libs/*/*/jest.config.cjs'],
};
