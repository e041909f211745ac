import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('TrendPoint')
export class TrendPointModel {
  @Field(() => Int) fiscalYear!: number;
  @Field(() => Float, { description: 'The organisation’s value, or the mean over the organisations in scope' }) value!: number;
  @Field(() => Int) count!: number;
  @Field(() => Float, { nullable: true }) median!: number | null;
  @Field(() => Float, { nullable: true }) p25!: number | null;
  @Field(() => Float, { nullable: true }) p75!: number | null;
  @Field(() => Float, { nullable: true, description: 'Share (0–1) with a value of at least 85' }) shareAtLeast85!: number | null;
  @Field(() => Float, { nullable: true, description: 'value minus the value of fiscalYear − 1; null when there is none' })
  delta!: number | null;
}
