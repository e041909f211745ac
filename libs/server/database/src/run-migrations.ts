import { DataSource, Migration } from 'typeorm';

// Any constant works; it only has to be the same in every process of the application.
const MIGRATION_LOCK_KEY = 7_849_2566;

/**
 * Applies pending migrations. Against a real server an advisory lock keeps an API and a worker that start
 * together from racing; the embedded database has one process and one connection, where that lock would
 * deadlock, so it is skipped there.
 */
export async function runMigrations(dataSource: DataSource, { embedded }: { embedded: boolean }): Promise<Migration[]> {
  if (embedded) return dataSource.runMigrations({ transaction: 'each' });
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    return await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await runner.release();
  }
}
