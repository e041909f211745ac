import { Field, InputType } from '@nestjs/graphql';
import { OrgType } from '../models/org-type.enum';

@InputType('OrganisationFilter')
export class OrganisationFilterInput {
  @Field(() => String, { nullable: true }) provinceCode?: string | null;
  @Field(() => OrgType, { nullable: true }) orgType?: OrgType | null;
  @Field(() => String, { nullable: true, description: 'Part of the Thai name (type prefixes such as อบต. are ignored) or of the code' })
  search?: string | null;
}
