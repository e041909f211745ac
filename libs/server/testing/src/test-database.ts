import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { createDataSource, runAdminQuery, startEmbeddedPostgres } from '@ita/server/database';
import { databaseUrlWithName } from './database-url';
import { ensureTestTemplate } from './test-template';

export interface TestDatabase {
  url: string;
  /** PGlite: one connection only. */
  embedded: boolean;
  poolSize: number;
  /** An initialised TypeORM DataSource on the database (close() destroys it); not opened with `{ connect: false }`. */
  dataSource: DataSource;
  close(): Promise<void>;
}

/**
 * A fresh database for one test file, migrated and holding the reference data (provinces, districts, the
 * 7,849 organisations, the frameworks): a copy of the run's template on the real PostgreSQL when
 * DATABASE_URL is set, else an in-memory PGlite loaded from the template dump.
 */
export async function createTestDatabase({ connect = true }: { connect?: boolean } = {}): Promise<TestDatabase> {
  const template = ensureTestTemplate();
  if (template.postgresTemplate) {
    const serverUrl = process.env.DATABASE_URL as string;
    const name = `ita_t_${process.pid}_${randomBytes(4).toString('hex')}`;
    await runAdminQuery(serverUrl, `CREATE DATABASE ${name} TEMPLATE ${template.postgresTemplate}`);
    const url = databaseUrlWithName(serverUrl, name);
    const dataSource = createDataSource({ url, poolSize: 4 });
    if (connect) await dataSource.initialize();
    return {
      url,
      embedded: false,
      poolSize: 4,
      dataSource,
      async close() {
        if (dataSource.isInitialized) await dataSource.destroy();
        await runAdminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      },
    };
  }
  const embedded = await startEmbeddedPostgres({ loadDataDir: new Blob([readFileSync(template.pgliteDump as string)]) });
  const dataSource = createDataSource({ url: embedded.url, poolSize: 1 });
  if (connect) await dataSource.initialize();
  return {
    url: embedded.url,
    embedded: true,
    poolSize: 1,
    dataSource,
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded.stop();
    },
  };
}
