import { Field, ID, ObjectType } from '@nestjs/graphql';
import { OrgType } from './org-type.enum';
import { ResultModel } from './result.model';

@ObjectType('Organisation')
export class OrganisationModel {
  @Field(() => ID, { description: '7-digit DLA code' }) code!: string;
  @Field() nameTh!: string;
  @Field(() => OrgType) type!: OrgType;
  @Field() provinceCode!: string;
  @Field(() => String, { nullable: true }) districtCode!: string | null;
  @Field({ description: 'False when the current DLA registry no longer lists it' }) inRegistry!: boolean;
  @Field(() => [ResultModel], { description: 'Ordered by fiscalYear ascending' }) results?: ResultModel[];
}
