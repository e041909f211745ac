import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DATABASE_CONNECTION, runMigrations } from '@ita/server/database';
import type { DatabaseConnection } from '@ita/server/database';
import { seedReferenceData } from '../reference-data/seed-reference-data';
import { DataSource } from 'typeorm';

/** Before the API serves anything: apply pending migrations and load the reference data (idempotent). */
@Injectable()
export class DatabaseStartupService implements OnModuleInit {
  private readonly logger = new Logger('DatabaseStartup');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(DATABASE_CONNECTION) private readonly connection: DatabaseConnection,
  ) {}

  async onModuleInit(): Promise<void> {
    const started = Date.now();
    const applied = await runMigrations(this.dataSource, this.connection);
    const counts = await seedReferenceData(this.dataSource);
    this.logger.log(
      `Database ready (${this.connection.embedded ? 'embedded PGlite' : 'PostgreSQL'}) in ${Date.now() - started} ms: ` +
        `${applied.length} migration(s) applied; ${counts.provinces} provinces, ${counts.organisations} organisations, ` +
        `${counts.fiscalYears} fiscal years`,
    );
  }
}
