import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDataSource, runAdminQuery, runMigrations, startEmbeddedPostgres } from '@ita/server/database';
import { seedReferenceData } from '@ita/server/registry';
import { databaseUrlWithName, TEMPLATE_ENV } from '@ita/server/testing';

/**
 * Builds the test run's database template with the real migrations and reference-data seed, and prints
 * (as its last line) the environment variables that locate it. With DATABASE_URL: a template database on
 * that server; without: a PGlite data-directory dump in a temporary folder.
 */
async function main(): Promise<void> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `ita_tpl_${process.pid}_${Date.now().toString(36)}`;
    await runAdminQuery(serverUrl, `CREATE DATABASE ${name}`);
    const dataSource = createDataSource({ url: databaseUrlWithName(serverUrl, name), poolSize: 2 });
    await dataSource.initialize();
    await runMigrations(dataSource, { poolSize: 2 });
    await seedReferenceData(dataSource);
    await dataSource.destroy();
    console.log(JSON.stringify({ [TEMPLATE_ENV.postgres]: name }));
    return;
  }
  const embedded = await startEmbeddedPostgres();
  const dataSource = createDataSource({ url: embedded.url, poolSize: 1 });
  await dataSource.initialize();
  await runMigrations(dataSource, { poolSize: 1 });
  await seedReferenceData(dataSource);
  await dataSource.destroy();
  const file = join(mkdtempSync(join(tmpdir(), 'ita-test-')), 'template.tar.gz');
  writeFileSync(file, Buffer.from(await (await embedded.dumpDataDir()).arrayBuffer()));
  await embedded.stop();
  console.log(JSON.stringify({ [TEMPLATE_ENV.pglite]: file }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
