// Jest settings shared by apps/web and libs/web/*: the workspace preset, plus what a React + ECharts project
// in jsdom needs. Each project's jest.config.cjs spreads this and adds its displayName and rootDir.
const { join } = require('node:path');
const preset = require('../../../jest.preset.cjs');

const root = join(__dirname, '../../..');
const [swcPattern, [swcTransformer, swcOptions]] = Object.entries(preset.transform)[0];

// ESM-only packages the web code pulls in; SWC turns them into CommonJS for Jest.
const esmPackages = ['echarts', 'zrender', 'tslib'];

module.exports = {
  ...preset,
  testEnvironment: 'jsdom',
  transform: {
    [swcPattern]: [
      swcTransformer,
      {
        ...swcOptions,
        jsc: { ...swcOptions.jsc, transform: { ...swcOptions.jsc.transform, react: { runtime: 'automatic' } } },
      },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  moduleNameMapper: {
    ...preset.moduleNameMapper,
    '\\.css$': join(__dirname, 'style-stub.cjs'),
  },
  setupFiles: [join(__dirname, 'setup-jsdom.cjs')],
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx'],
};
