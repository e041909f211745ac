import { Module } from '@nestjs/common';
import { AnalyticsCache } from './analytics-cache';

/** One AnalyticsCache per process, shared by the queries and the recompute job (which invalidates it). */
@Module({ providers: [AnalyticsCache], exports: [AnalyticsCache] })
export class AnalyticsCacheModule {}
