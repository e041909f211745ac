import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('BenchmarkValue')
export class BenchmarkValueModel {
  @Field(() => Float) value!: number;
  @Field(() => Float) peerMedian!: number;
  @Field(() => Float) percentile!: number;
}

@ObjectType('IndicatorBenchmark')
export class IndicatorBenchmarkModel {
  @Field(() => Int) indicator!: number;
  @Field(() => Float) value!: number;
  @Field(() => Float) peerMedian!: number;
  @Field(() => Float, { description: 'value − peerMedian' }) gap!: number;
  @Field(() => Float) percentile!: number;
}

@ObjectType('Benchmark')
export class BenchmarkModel {
  @Field(() => Int) peerCount!: number;
  @Field(() => BenchmarkValueModel) total!: BenchmarkValueModel;
  @Field(() => [IndicatorBenchmarkModel]) indicators!: IndicatorBenchmarkModel[];
}
