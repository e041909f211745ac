module.exports = { ...require('../../../jest.preset.cjs'), displayName: 'server-registry', rootDir: __dirname };
