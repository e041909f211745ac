module.exports = { ...require('../../../jest.preset.cjs'), displayName: 'server-ingest', rootDir: __dirname };
