import { Field, Int, ObjectType } from '@nestjs/graphql';
import { OrganisationModel } from './organisation.model';

@ObjectType('OrganisationPage')
export class OrganisationPageModel {
  @Field(() => Int) totalCount!: number;
  @Field(() => [OrganisationModel]) nodes!: OrganisationModel[];
}
