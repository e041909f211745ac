import { Injectable } from '@nestjs/common';
import { JobHandlerFor, JobName } from '@ita/server/queue';
import type { JobHandler, JobOf } from '@ita/server/queue';
import { AnalyticsRecomputeService, RecomputeOutcome } from '../services/analytics-recompute.service';

/** Asked for after every import with the fiscal years it changed and the following ones (whose deltas change). */
@Injectable()
@JobHandlerFor(JobName.RecomputeAnalytics)
export class RecomputeAnalyticsJob implements JobHandler<JobOf<typeof JobName.RecomputeAnalytics>, RecomputeOutcome> {
  constructor(private readonly recompute: AnalyticsRecomputeService) {}

  handle(payload: JobOf<typeof JobName.RecomputeAnalytics>): Promise<RecomputeOutcome> {
    return this.recompute.recompute(payload.fiscalYears, payload.importId ?? null);
  }
}
