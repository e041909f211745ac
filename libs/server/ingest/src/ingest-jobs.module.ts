import { Module } from '@nestjs/common';
import { ImportFileJob } from './jobs/import-file.job';
import { ImportProcessorService } from './services/import-processor.service';
import { ResumeImportsService } from './services/resume-imports.service';
import { SubmittedFiles } from './services/submitted-files';

/** Only the job handler and what it needs (the worker app has no HTTP or GraphQL). */
@Module({
  providers: [ImportProcessorService, ImportFileJob, ResumeImportsService, SubmittedFiles],
})
export class IngestJobsModule {}
