// Shared Jest settings. SWC transpiles TypeScript (with decorator metadata for Nest) and the ESM-only packages
// that Nest 12 pulls in, because Jest on Node 20 cannot require() ESM.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const root = __dirname;
const paths = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')).compilerOptions.paths;
const moduleNameMapper = Object.fromEntries(
  Object.entries(paths).map(([alias, [target]]) => [`^${alias.replace(/[/]/g, '\\/')}$`, join(root, target)]),
);
const swcrc = JSON.parse(readFileSync(join(root, '.swcrc'), 'utf8'));
const esmPackages = ['@nestjs', 'file-type', 'strtok3', 'token-types', 'peek-readable', '@tokenizer', 'uint8array-extras', '@borewit'];

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j|mj)sx?$': [
      '@swc/jest',
      { ...swcrc, swcrc: false, jsc: { ...swcrc.jsc, parser: { syntax: 'typescript', decorators: true, tsx: true } } },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  moduleNameMapper,
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx', '<rootDir>/src/**/*.integration-spec.ts'],
};
