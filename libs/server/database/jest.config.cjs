module.exports = { ...require('../../../jest.preset.cjs'), displayName: 'server-database', rootDir: __dirname };
