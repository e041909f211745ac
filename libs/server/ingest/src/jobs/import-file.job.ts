import { Injectable } from '@nestjs/common';
import { JobHandlerFor, JobName } from '@ita/server/queue';
import type { JobContext, JobHandler, JobOf } from '@ita/server/queue';
import type { ImportReport } from '../report/import-report';
import { ImportProcessorService } from '../services/import-processor.service';

@Injectable()
@JobHandlerFor(JobName.ImportFile)
export class ImportFileJob implements JobHandler<JobOf<typeof JobName.ImportFile>, ImportReport> {
  constructor(private readonly processor: ImportProcessorService) {}

  handle(payload: JobOf<typeof JobName.ImportFile>, context: JobContext): Promise<ImportReport> {
    return this.processor.process(payload.importId, context);
  }
}
