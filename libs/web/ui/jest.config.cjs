module.exports = { ...require('../jest/web-preset.cjs'), displayName: 'web-ui', rootDir: __dirname };
