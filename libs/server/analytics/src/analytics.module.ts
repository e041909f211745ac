import { Module } from '@nestjs/common';
import { RegistryModule } from '@ita/server/registry';
import { AnalyticsCacheModule } from './cache/analytics-cache.module';
import { AnalyticsResolver } from './resolvers/analytics.resolver';
import { OrganisationAnalyticsResolver } from './resolvers/organisation-analytics.resolver';
import { OrganisationAnalyticsService } from './services/organisation-analytics.service';
import { ScopeSummaryService } from './services/scope-summary.service';
import { BenchmarkService } from './services/benchmark.service';
import { RankingsService } from './services/rankings.service';
import { TrendService } from './services/trend.service';
import { WeakestIndicatorsService } from './services/weakest-indicators.service';

/** The analytics queries of the API: trend, weakest indicators, rankings, benchmark, scope summary, comparison, Organisation.analytics. */
@Module({
  imports: [AnalyticsCacheModule, RegistryModule],
  providers: [
    TrendService,
    WeakestIndicatorsService,
    RankingsService,
    BenchmarkService,
    ScopeSummaryService,
    OrganisationAnalyticsService,
    AnalyticsResolver,
    OrganisationAnalyticsResolver,
  ],
  exports: [TrendService, WeakestIndicatorsService, RankingsService, BenchmarkService],
})
export class AnalyticsModule {}
