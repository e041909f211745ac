import { Module } from '@nestjs/common';
import { AnalyticsCacheModule } from './cache/analytics-cache.module';
import { AnalyticsResolver } from './resolvers/analytics.resolver';
import { BenchmarkService } from './services/benchmark.service';
import { RankingsService } from './services/rankings.service';
import { TrendService } from './services/trend.service';
import { WeakestIndicatorsService } from './services/weakest-indicators.service';

/** The analytics queries of the API (trend, weakest indicators, rankings, benchmark). */
@Module({
  imports: [AnalyticsCacheModule],
  providers: [TrendService, WeakestIndicatorsService, RankingsService, BenchmarkService, AnalyticsResolver],
  exports: [TrendService, WeakestIndicatorsService, RankingsService, BenchmarkService],
})
export class AnalyticsModule {}
