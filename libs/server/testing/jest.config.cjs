module.exports = { ...require('../../../jest.preset.cjs'), displayName: 'server-testing', rootDir: __dirname };
