import { DynamicModule, Module } from '@nestjs/common';
import { AnalyticsJobsModule } from '@ita/server/analytics';
import { AppConfig, ConfigModule } from '@ita/server/config';
import { DatabaseModule } from '@ita/server/database';
import { IngestModule } from '@ita/server/ingest';
import { ALL_JOB_NAMES, QueueModule } from '@ita/server/queue';
import { DatabaseStartupService } from '@ita/server/registry';

/** What `npm run import` needs without an HTTP server: it submits files and runs (or waits for) their jobs. */
@Module({})
export class CliImportModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CliImportModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        QueueModule.forRoot({ runWorkers: true, requiredJobNames: ALL_JOB_NAMES }),
        IngestModule,
        AnalyticsJobsModule,
      ],
      providers: [DatabaseStartupService],
    };
  }
}
