import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { IndicatorScoreModel } from './indicator-score.model';
import { ProvenanceModel } from './provenance.model';

@ObjectType('Result', { description: "An organisation's ITA result for one fiscal year (BE)." })
export class ResultModel {
  @Field(() => Int) fiscalYear!: number;
  @Field(() => Float, { description: 'The published total, else the total derived from the tools' }) total!: number;
  @Field(() => String, { nullable: true }) level!: string | null;
  @Field(() => Float, { nullable: true }) iit!: number | null;
  @Field(() => Float, { nullable: true }) eit!: number | null;
  @Field(() => Float, { nullable: true }) oit!: number | null;
  @Field(() => Float, { nullable: true }) eitPart1!: number | null;
  @Field(() => Float, { nullable: true }) eitPart2!: number | null;
  @Field(() => [IndicatorScoreModel], { complexity: ({ childComplexity }) => 1 + 10 * childComplexity }) indicators!: IndicatorScoreModel[];
  @Field(() => Float, { nullable: true, description: 'total minus the total of fiscalYear − 1; null when there is none' })
  delta!: number | null;
  @Field(() => Float, { nullable: true }) totalPublished!: number | null;
  @Field(() => Float, { nullable: true }) totalDerived!: number | null;
  @Field(() => String, { nullable: true }) levelPublished!: string | null;
  @Field(() => String, { nullable: true }) levelDerived!: string | null;
  @Field(() => ProvenanceModel) provenance!: ProvenanceModel;
}
