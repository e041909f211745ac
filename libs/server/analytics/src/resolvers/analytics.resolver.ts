import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { AppError, AppErrorCode } from '@ita/server/common';
import { OrganisationModel, RegistryReadService } from '@ita/server/registry';
import { AnalyticsCache } from '../cache/analytics-cache';
import { resolveGroupScope, resolveScope } from '../dto/resolve-scope';
import { ScopeInput } from '../dto/scope.input';
import { BenchmarkModel } from '../models/benchmark.model';
import { IndicatorRankModel } from '../models/indicator-rank.model';
import { Metric } from '../models/metric.enum';
import { PeerGroup } from '../models/peer-group.enum';
import { RankBy } from '../models/rank-by.enum';
import { RankingPageModel } from '../models/ranking.model';
import { ScopeSummaryModel } from '../models/scope-summary.model';
import { TrendPointModel } from '../models/trend-point.model';
import { BenchmarkService } from '../services/benchmark.service';
import { RankingsService } from '../services/rankings.service';
import { ScopeSummaryService } from '../services/scope-summary.service';
import { TrendService } from '../services/trend.service';
import { WeakestIndicatorsService } from '../services/weakest-indicators.service';

export const MAX_COMPARED = 5;

@Resolver()
export class AnalyticsResolver {
  constructor(
    private readonly trends: TrendService,
    private readonly weakest: WeakestIndicatorsService,
    private readonly ranking: RankingsService,
    private readonly benchmarks: BenchmarkService,
    private readonly summaries: ScopeSummaryService,
    private readonly registry: RegistryReadService,
    private readonly cache: AnalyticsCache,
  ) {}

  @Query(() => ScopeSummaryModel, {
    nullable: true,
    description:
      'Distribution of the total in a group that year (quartiles, spread, levels, share ≥ 85 against the 80% target); null without results',
  })
  scopeSummary(
    @Args('scope', { type: () => ScopeInput }) scope: ScopeInput,
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
  ): Promise<ScopeSummaryModel | null> {
    const resolved = resolveGroupScope(scope, 'scopeSummary');
    return this.cache.wrap(`summary:${resolved.kind}:${resolved.key}:${fiscalYear}`, () => this.summaries.summary(resolved, fiscalYear));
  }

  @Query(() => [OrganisationModel], {
    description: `Up to ${MAX_COMPARED} organisations side by side, in the order given`,
    complexity: ({ childComplexity }) => 1 + MAX_COMPARED * childComplexity,
  })
  async compareOrganisations(@Args('codes', { type: () => [ID] }) codes: string[]): Promise<OrganisationModel[]> {
    const wanted = [...new Set(codes.map((c) => c.trim()))];
    if (wanted.length < 1 || wanted.length > MAX_COMPARED)
      throw AppError.badInput(`compareOrganisations takes 1 to ${MAX_COMPARED} distinct codes, got ${wanted.length}`);
    const found = await this.registry.findOrganisationsByCodes(wanted);
    const unknown = wanted.filter((code) => !found.some((o) => o.code === code));
    if (unknown.length) throw new AppError(AppErrorCode.NOT_FOUND, `Unknown organisation code(s): ${unknown.join(', ')}`);
    return found;
  }

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
