module.exports = { ...require('../../../jest.preset.cjs'), displayName: 'server-synthetic-data', rootDir: __dirname };
