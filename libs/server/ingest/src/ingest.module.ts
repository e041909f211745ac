import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { APP_CONFIG } from '@ita/server/config';
import type { AppConfig } from '@ita/server/config';
import { IMPORT_TOKEN, importTokenFrom } from './http/import-token';
import { ImportTokenGuard } from './http/import-token.guard';
import { ImportsController } from './http/imports.controller';
import { ImportFileJob } from './jobs/import-file.job';
import { ImportJobResolver } from './resolvers/import-job.resolver';
import { ImportProcessorService } from './services/import-processor.service';
import { ResumeImportsService } from './services/resume-imports.service';
import { SubmittedFiles } from './services/submitted-files';
import { ImportStatusService } from './services/import-status.service';
import { ImportSubmissionService } from './services/import-submission.service';

/** Imports for the API (upload, status) and the job that processes them (worker, or in-process). */
@Module({
  imports: [
    // Stop reading an upload as soon as it passes the limit (413) instead of buffering all of it.
    MulterModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ limits: { fileSize: config.importMaxBytes, files: 1 } }),
    }),
  ],
  controllers: [ImportsController],
  providers: [
    { provide: IMPORT_TOKEN, inject: [APP_CONFIG], useFactory: (config: AppConfig) => importTokenFrom(config) },
    ImportTokenGuard,
    ImportSubmissionService,
    ImportStatusService,
    ImportProcessorService,
    ImportFileJob,
    ResumeImportsService,
    ImportJobResolver,
    SubmittedFiles,
  ],
  exports: [ImportSubmissionService, ImportStatusService, ImportProcessorService, IMPORT_TOKEN],
})
export class IngestModule {}
