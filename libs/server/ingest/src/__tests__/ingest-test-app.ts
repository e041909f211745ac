import { Injectable, INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigModule } from '@ita/server/config';
import { DatabaseModule } from '@ita/server/database';
import { ALL_JOB_NAMES, JobHandlerFor, JobName, JobQueue, QueueModule } from '@ita/server/queue';
import type { JobHandler, JobOf } from '@ita/server/queue';
import { createTestDatabase, deleteQueueKeys, testAppConfig, TestDatabase } from '@ita/server/testing';
import { DataSource } from 'typeorm';
import type { ImportOptions } from '../import-options';
import { IngestModule } from '../ingest.module';
import type { ImportReport } from '../report/import-report';
import { analyticsJobId } from '../services/analytics-job-id';
import { ImportSubmissionService } from '../services/import-submission.service';

export interface IngestTestApp {
  app: INestApplicationContext;
  db: TestDatabase;
  dataSource: DataSource;
  queue: JobQueue;
  importFile(fileName: string, content: Buffer, options?: Partial<ImportOptions>): Promise<ImportReport & { importId: string }>;
  close(): Promise<void>;
}

/** Stands in for the analytics capability: the import only has to ask for it, with the right years. */
@Injectable()
@JobHandlerFor(JobName.RecomputeAnalytics)
class RecordingAnalyticsJob implements JobHandler<JobOf<typeof JobName.RecomputeAnalytics>, { fiscalYears: number[] }> {
  async handle(payload: JobOf<typeof JobName.RecomputeAnalytics>): Promise<{ fiscalYears: number[] }> {
    return { fiscalYears: payload.fiscalYears };
  }
}

/** The ingest capability wired as in the API (queue in-process, or BullMQ when REDIS_URL is set) over a test database. */
export async function startIngestTestApp({
  beforeStart,
}: { beforeStart?: (dataSource: DataSource) => Promise<void> } = {}): Promise<IngestTestApp> {
  const db = await createTestDatabase({ connect: Boolean(beforeStart) });
  if (beforeStart) {
    await beforeStart(db.dataSource);
    // The embedded database admits one connection: the application's pool takes over.
    await db.dataSource.destroy();
  }
  const config = testAppConfig(db, { logLevel: 'error' });

  @Module({
    imports: [
      ConfigModule.forRoot(config),
      DatabaseModule,
      QueueModule.forRoot({ runWorkers: true, requiredJobNames: ALL_JOB_NAMES }),
      IngestModule,
    ],
    providers: [RecordingAnalyticsJob],
  })
  class IngestTestModule {}

  const app = await NestFactory.createApplicationContext(IngestTestModule, { logger: ['error'] });
  await app.init();
  const queue = app.get(JobQueue);
  return {
    app,
    db,
    dataSource: app.get(DataSource),
    queue,
    async importFile(fileName, content, options = {}) {
      const { importId } = await app
        .get(ImportSubmissionService)
        .submit({ fileName, content }, { dryRun: false, acceptValid: false, year: null, ...options });
      const state = await queue.waitUntilFinished(importId, 60_000);
      if (state.status !== 'completed') throw new Error(`import job ${state.status}: ${state.failedReason}`);
      return { ...(state.result as ImportReport), importId };
    },
    async close() {
      await app.close();
      await db.close();
      if (config.redisUrl) await deleteQueueKeys(config.redisUrl, config.redisPrefix);
    },
  };
}

export { analyticsJobId };
