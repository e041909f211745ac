import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { AnalyticsCache } from '../cache/analytics-cache';
import { resolveScope } from '../dto/resolve-scope';
import { ScopeInput } from '../dto/scope.input';
import { BenchmarkModel } from '../models/benchmark.model';
import { IndicatorRankModel } from '../models/indicator-rank.model';
import { Metric } from '../models/metric.enum';
import { PeerGroup } from '../models/peer-group.enum';
import { RankBy } from '../models/rank-by.enum';
import { RankingPageModel } from '../models/ranking.model';
import { TrendPointModel } from '../models/trend-point.model';
import { BenchmarkService } from '../services/benchmark.service';
import { RankingsService } from '../services/rankings.service';
import { TrendService } from '../services/trend.service';
import { WeakestIndicatorsService } from '../services/weakest-indicators.service';

@Resolver()
export class AnalyticsResolver {
  constructor(
    private readonly trends: TrendService,
    private readonly weakest: WeakestIndicatorsService,
    private readonly ranking: RankingsService,
    private readonly benchmarks: BenchmarkService,
    private readonly cache: AnalyticsCache,
  ) {}

  @Query(() => [TrendPointModel], { description: 'One point per fiscal year with a value of the metric in scope' })
  trend(
    @Args('scope', { type: () => ScopeInput }) scope: ScopeInput,
    @Args('metric', { type: () => Metric }) metric: Metric,
  ): Promise<TrendPointModel[]> {
    const resolved = resolveScope(scope);
    return this.cache.wrap(`trend:${resolved.kind}:${resolved.key}:${metric}`, () => this.trends.trend(resolved, metric));
  }

  @Query(() => [IndicatorRankModel], { description: 'The indicators of the year, weakest first' })
  weakestIndicators(
    @Args('scope', { type: () => ScopeInput }) scope: ScopeInput,
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
  ): Promise<IndicatorRankModel[]> {
    const resolved = resolveScope(scope);
    return this.cache.wrap(`weakest:${resolved.kind}:${resolved.key}:${fiscalYear}`, () =>
      this.weakest.weakestIndicators(resolved, fiscalYear),
    );
  }

  @Query(() => RankingPageModel)
  rankings(
    @Args('scope', { type: () => ScopeInput }) scope: ScopeInput,
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
    @Args('by', { type: () => RankBy, defaultValue: RankBy.TOTAL }) by: RankBy,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
    @Args('limit', { type: () => Int, defaultValue: 50 }) limit: number,
  ): Promise<RankingPageModel> {
    const resolved = resolveScope(scope);
    return this.cache.wrap(`rankings:${resolved.kind}:${resolved.key}:${fiscalYear}:${by}:${offset}:${limit}`, () =>
      this.ranking.rankings(resolved, fiscalYear, by, offset, limit),
    );
  }

  @Query(() => BenchmarkModel)
  benchmark(
    @Args('code', { type: () => ID }) code: string,
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
    @Args('peerGroup', { type: () => PeerGroup, defaultValue: PeerGroup.SAME_TYPE_PROVINCE }) peerGroup: PeerGroup,
  ): Promise<BenchmarkModel> {
    return this.cache.wrap(`benchmark:${code}:${fiscalYear}:${peerGroup}`, () => this.benchmarks.benchmark(code, fiscalYear, peerGroup));
  }
}
