import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { APP_CONFIG, AppConfig } from '@ita/server/config';
import { DataSource } from 'typeorm';
import { openDatabaseConnection } from './database-connection';
import type { DatabaseConnection } from './database-connection';
import { DATABASE_CONNECTION } from './database.tokens';

@Global()
@Module({
  providers: [
    {
      provide: DATABASE_CONNECTION,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => openDatabaseConnection(config),
    },
  ],
  exports: [DATABASE_CONNECTION],
})
export class DatabaseConnectionModule implements OnApplicationShutdown {
  constructor(
    @Inject(DATABASE_CONNECTION) private readonly connection: DatabaseConnection,
    private readonly moduleRef: ModuleRef,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    // The pool must be closed before the embedded server behind it; Nest does not order the two modules.
    const dataSource = this.moduleRef.get(DataSource, { strict: false });
    if (dataSource?.isInitialized) await dataSource.destroy();
    await this.connection.close();
  }
}
