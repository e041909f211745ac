import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('LevelCount', { description: 'How many organisations in scope have a level, in the order of the year’s rubric (best first)' })
export class LevelCountModel {
  @Field(() => String, {
    nullable: true,
    description: 'The rubric’s level code (AA…F, EXCELLENT…); null for a level outside the rubric or none',
  })
  code!: string | null;
  @Field(() => String, { nullable: true, description: 'Thai label as the rubric writes it (or as stored when outside the rubric)' })
  labelTh!: string | null;
  @Field(() => String, { nullable: true }) labelEn!: string | null;
  @Field(() => Boolean, { nullable: true, description: 'At or above the 85-point pass line' }) passes!: boolean | null;
  @Field(() => Int) count!: number;
}

@ObjectType('ScopeSummary', { description: 'The distribution of the total in a group of organisations in one fiscal year' })
export class ScopeSummaryModel {
  @Field(() => Int) fiscalYear!: number;
  @Field(() => Int) count!: number;
  @Field(() => Float) mean!: number;
  @Field(() => Float) median!: number;
  @Field(() => Float) p25!: number;
  @Field(() => Float) p75!: number;
  @Field(() => Float) min!: number;
  @Field(() => Float) max!: number;
  @Field(() => Float, { nullable: true, description: 'Sample standard deviation; null for a single organisation' }) stddev!: number | null;
  @Field(() => Float, { description: 'Share (0–1) with a total of at least 85' }) shareAtLeast85!: number;
  @Field(() => Float, { description: 'The national strategy’s target for that share (0–1)' }) strategyTarget!: number;
  @Field() meetsStrategyTarget!: boolean;
  @Field(() => Float, { nullable: true, description: 'mean minus the mean of fiscalYear − 1; null when there is none' })
  deltaMean!: number | null;
  @Field(() => [LevelCountModel]) levels!: LevelCountModel[];
}
