import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { OrgType } from '../models/org-type.enum';

@InputType('OrganisationFilter')
export class OrganisationFilterInput {
  @Field(() => String, { nullable: true }) provinceCode?: string | null;
  @Field(() => OrgType, { nullable: true }) orgType?: OrgType | null;
  @Field(() => String, { nullable: true, description: 'Part of the Thai name (type prefixes such as อบต. are ignored) or of the code' })
  search?: string | null;
  @Field(() => Int, {
    nullable: true,
    description: 'The fiscal year (BE) that totalBelow, totalAtLeast, deltaBelow and a TOTAL or DELTA sort refer to',
  })
  fiscalYear?: number | null;
  @Field(() => Float, { nullable: true, description: 'Only organisations whose total that year is below this (e.g. 85)' })
  totalBelow?: number | null;
  @Field(() => Float, { nullable: true, description: 'Only organisations whose total that year is at least this' })
  totalAtLeast?: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Only organisations whose change since fiscalYear − 1 is below this (0: those that fell)',
  })
  deltaBelow?: number | null;
}
