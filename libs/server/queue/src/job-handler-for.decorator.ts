import { SetMetadata } from '@nestjs/common';

export const JOB_HANDLER_METADATA = 'ita:job-handler';

/** Marks a provider (implementing JobHandler) as the handler of one job name. */
export const JobHandlerFor = (jobName: string) => SetMetadata(JOB_HANDLER_METADATA, jobName);
