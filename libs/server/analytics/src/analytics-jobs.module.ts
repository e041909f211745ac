import { Module } from '@nestjs/common';
import { RecomputeAnalyticsJob } from './jobs/recompute-analytics.job';

@Module({ providers: [RecomputeAnalyticsJob] })
export class AnalyticsJobsModule {}
