module.exports = { ...require('../../../jest.preset.cjs'), displayName: 'server-common', rootDir: __dirname };
