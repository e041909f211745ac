import { Field, ID, InputType } from '@nestjs/graphql';
import { OrgType } from '@ita/domain';

@InputType('ScopeInput', {
  description:
    'Exactly one of: an organisation, a province, an organisation type, a region, or national; or a province with an organisation type',
})
export class ScopeInput {
  @Field(() => ID, { nullable: true }) organisationCode?: string | null;
  @Field(() => String, { nullable: true }) provinceCode?: string | null;
  @Field(() => OrgType, { nullable: true }) orgType?: OrgType | null;
  @Field(() => String, { nullable: true, description: 'A region as in Province.region (North, Northeast, Central, East, West, South)' })
  region?: string | null;
  @Field(() => Boolean, { nullable: true }) national?: boolean | null;
}
