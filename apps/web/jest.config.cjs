module.exports = { ...require('../../libs/web/jest/web-preset.cjs'), displayName: 'web', rootDir: __dirname };
