import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { OrganisationModel } from '@ita/server/registry';

@ObjectType('RankingEntry')
export class RankingEntryModel {
  @Field(() => Int) rank!: number;
  @Field(() => OrganisationModel) organisation!: OrganisationModel;
  @Field(() => Float) value!: number;
  @Field(() => Float, { description: '100 × percent_rank of the value in ascending order' }) percentile!: number;
}

@ObjectType('RankingPage')
export class RankingPageModel {
  @Field(() => Int) totalCount!: number;
  @Field(() => [RankingEntryModel]) nodes!: RankingEntryModel[];
}
