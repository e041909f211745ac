import { Injectable, Logger } from '@nestjs/common';
import { JobHandlerFor, JobName } from '@ita/server/queue';
import type { JobHandler, JobOf } from '@ita/server/queue';

/**
 * Asked for after every import with the fiscal years it changed and the following ones. The derived tables
 * it will recompute come with the analytics capability; until then it records that it was asked.
 */
@Injectable()
@JobHandlerFor(JobName.RecomputeAnalytics)
export class RecomputeAnalyticsJob implements JobHandler<JobOf<typeof JobName.RecomputeAnalytics>, { fiscalYears: number[] }> {
  private readonly logger = new Logger('RecomputeAnalytics');

  async handle(payload: JobOf<typeof JobName.RecomputeAnalytics>): Promise<{ fiscalYears: number[] }> {
    this.logger.log(`Analytics requested for fiscal years ${payload.fiscalYears.join(', ')}`);
    return { fiscalYears: payload.fiscalYears };
  }
}
