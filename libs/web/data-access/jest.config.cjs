module.exports = { ...require('../jest/web-preset.cjs'), displayName: 'web-data-access', rootDir: __dirname };
