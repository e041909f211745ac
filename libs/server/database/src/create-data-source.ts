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
    extra: { max: connection.poolSize },
  };
}

export function createDataSource(connection: Pick<DatabaseConnection, 'url' | 'poolSize'>): DataSource {
  return new DataSource(dataSourceOptions(connection));
}
