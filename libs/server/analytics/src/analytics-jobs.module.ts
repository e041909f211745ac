import { Module } from '@nestjs/common';
import { AnalyticsCacheModule } from './cache/analytics-cache.module';
import { RecomputeAnalyticsJob } from './jobs/recompute-analytics.job';
import { AnalyticsRecomputeService } from './services/analytics-recompute.service';

/** The recompute job (worker, or in-process); it invalidates the cache the API reads through. */
@Module({
  imports: [AnalyticsCacheModule],
  providers: [AnalyticsRecomputeService, RecomputeAnalyticsJob],
  exports: [AnalyticsRecomputeService],
})
export class AnalyticsJobsModule {}
