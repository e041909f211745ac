// Drops the run's template database on the real PostgreSQL (the PGlite dump is a temporary file).
const { Client } = require('pg');

module.exports = async function globalTeardown() {
  const template = process.env.ITA_TEST_TEMPLATE_DB;
  if (!process.env.DATABASE_URL || !template) return;
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
  await client.end();
};
