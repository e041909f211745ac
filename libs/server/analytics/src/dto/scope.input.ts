import { Field, ID, InputType } from '@nestjs/graphql';
import { OrgType } from '@ita/domain';

@InputType('ScopeInput', { description: 'Exactly one of: an organisation, a province, an organisation type, or national' })
export class ScopeInput {
  @Field(() => ID, { nullable: true }) organisationCode?: string | null;
  @Field(() => String, { nullable: true }) provinceCode?: string | null;
  @Field(() => OrgType, { nullable: true }) orgType?: OrgType | null;
  @Field(() => Boolean, { nullable: true }) national?: boolean | null;
}
