import { loadAppConfig } from '@ita/server/config';
import { createDataSource, openDatabaseConnection, runMigrations } from '@ita/server/database';
import { seedReferenceData } from '@ita/server/registry';

/**
 * `npm run migrate [-- --revert]`: applies pending migrations and loads the reference data into the database
 * named by DATABASE_URL (or the embedded one); `--revert` undoes the last migration instead.
 */
async function main(): Promise<void> {
  const config = loadAppConfig();
  const connection = await openDatabaseConnection(config);
  const dataSource = createDataSource(connection);
  await dataSource.initialize();
  try {
    if (process.argv.includes('--revert')) {
      await dataSource.undoLastMigration({ transaction: 'each' });
      console.log('Reverted the last migration.');
      return;
    }
    const applied = await runMigrations(dataSource, connection);
    const counts = await seedReferenceData(dataSource);
    console.log(`Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ') || 'none pending'}`);
    console.log(`Reference data: ${JSON.stringify(counts)}`);
  } finally {
    await dataSource.destroy();
    await connection.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
