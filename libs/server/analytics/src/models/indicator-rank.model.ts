import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('IndicatorRank')
export class IndicatorRankModel {
  @Field(() => Int, { description: '1 = weakest; equal means share a rank' }) rank!: number;
  @Field(() => Int) indicator!: number;
  @Field() nameTh!: string;
  @Field() nameEn!: string;
  @Field() tool!: string;
  @Field(() => Float) meanScore!: number;
  @Field(() => Float, { description: 'Share (0–1) of organisations with all ten scores whose lowest is this indicator' })
  shareWeakest!: number;
}
