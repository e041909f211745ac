import { DataSource, Migration } from 'typeorm';

// Any constant works; it only has to be the same in every process of the application.
const MIGRATION_LOCK_KEY = 7_849_2566;

/**
 * Applies pending migrations. With a pool of several connections an advisory lock, held on one of them,
 * keeps processes that start together from racing. A pool of one (the embedded database) cannot hold the
 * lock and migrate at once, and has a single process anyway, so the lock is skipped there.
 */
export async function runMigrations(dataSource: DataSource, { poolSize }: { poolSize: number }): Promise<Migration[]> {
  if (poolSize < 2) return dataSource.runMigrations({ transaction: 'each' });
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
