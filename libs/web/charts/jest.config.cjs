module.exports = { ...require('../jest/web-preset.cjs'), displayName: 'web-charts', rootDir: __dirname };
