import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('IndicatorScore')
export class IndicatorScoreModel {
  @Field(() => Int) indicator!: number;
  @Field(() => Float) score!: number;
}
