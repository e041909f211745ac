import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum TrendClass {
  IMPROVING = 'IMPROVING',
  DECLINING = 'DECLINING',
  STABLE = 'STABLE',
}
registerEnumType(TrendClass, {
  name: 'TrendClass',
  description: 'From the least-squares slope of the total over the last up to five years (≥ 3 needed): ±1 point a year or more',
});

@ObjectType('ScopeRank', { description: 'Rank (1 + how many score strictly higher) and 100 × percent_rank ascending' })
export class ScopeRankModel {
  @Field(() => Int) rank!: number;
  @Field(() => Float) percentile!: number;
}

@ObjectType('IndicatorChange', { description: 'One indicator’s part in the organisation’s year' })
export class IndicatorChangeModel {
  @Field(() => Int) indicator!: number;
  @Field(() => Float, { nullable: true, description: 'Score minus the score of fiscalYear − 1' }) delta!: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      'Weighted contribution to the change of the total: delta × the indicator’s weight in the total (tool weight ÷ its number of indicators)',
  })
  contribution!: number | null;
  @Field(() => Float, { nullable: true, description: 'Score minus the median of the same type in the same province' })
  gapToPeerMedian!: number | null;
}

@ObjectType('OrganisationAnalytics', {
  description: 'An organisation’s derived figures for one fiscal year (computed by the analytics job)',
})
export class OrganisationAnalyticsModel {
  @Field(() => Int) fiscalYear!: number;
  @Field(() => Float) total!: number;
  @Field(() => Float, { nullable: true }) deltaTotal!: number | null;
  @Field(() => Float, { nullable: true }) deltaIit!: number | null;
  @Field(() => Float, { nullable: true }) deltaEit!: number | null;
  @Field(() => Float, { nullable: true }) deltaOit!: number | null;
  @Field(() => ScopeRankModel) national!: ScopeRankModel;
  @Field(() => ScopeRankModel) province!: ScopeRankModel;
  @Field(() => ScopeRankModel) type!: ScopeRankModel;
  @Field(() => ScopeRankModel) provinceType!: ScopeRankModel;
  @Field(() => [Int], { description: 'Its lowest-scoring indicators (all of them when tied)' }) weakestIndicators!: number[];
  @Field(() => [IndicatorChangeModel]) indicators!: IndicatorChangeModel[];
  @Field(() => Float, {
    nullable: true,
    description: 'Sum of the indicators’ contributions; differs from deltaTotal by rounding or a published total',
  })
  explainedDelta!: number | null;
  @Field(() => TrendClass, { nullable: true }) trendClass!: TrendClass | null;
  @Field(() => Float, { nullable: true, description: 'Points per year' }) trendSlope!: number | null;
  @Field(() => Int, { description: 'Years with a result among the last five' }) trendYears!: number;
}
