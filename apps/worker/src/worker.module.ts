import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, ConfigModule } from '@ita/server/config';
import { DatabaseModule } from '@ita/server/database';
import { AnalyticsJobsModule } from '@ita/server/analytics';
import { IngestJobsModule } from '@ita/server/ingest';
import { ALL_JOB_NAMES, QueueModule } from '@ita/server/queue';

/** The queue workers without an HTTP server: the job-handler modules of each capability are imported here. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        QueueModule.forRoot({ runWorkers: true, requiredJobNames: ALL_JOB_NAMES }),
        IngestJobsModule,
        AnalyticsJobsModule,
      ],
    };
  }
}
