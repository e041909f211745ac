import { DataSource, DataSourceOptions } from 'typeorm';
import type { DatabaseConnection } from './database-connection';
import { entities } from './entities';
import { migrations } from './migrations';

export function dataSourceOptions(connection: Pick<DatabaseConnection, 'url' | 'poolSize'>): DataSourceOptions {
  return {
    type: 'postgres',
    url: connection.url,
    entities,
    migrations,
    migrationsTableName: 'typeorm_migrations',
    synchronize: false,
    migrationsRun: false,
    applicationName: 'ita-insight',
    // JIT compiling pays off only for long analytical scans; on the API's requests it cost up to 20 ms each
    // (triggered by cost estimates, not by work), and the bulk statements here measured no faster with it.
    extra: { max: connection.poolSize, options: '-c jit=off' },
  };
}

export function createDataSource(connection: Pick<DatabaseConnection, 'url' | 'poolSize'>): DataSource {
  return new DataSource(dataSourceOptions(connection));
}
