// The worker-kill test runs a worker as a separate process: that needs BullMQ (REDIS_URL) and a PostgreSQL
// that admits several processes (DATABASE_URL). CI sets both; without them the file is not collected.
const needsServices = process.env.REDIS_URL && process.env.DATABASE_URL ? [] : ['worker-kill'];

module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'worker',
  rootDir: __dirname,
  testPathIgnorePatterns: ['/node_modules/', ...needsServices],
};
