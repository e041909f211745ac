import { Field, InputType, registerEnumType } from '@nestjs/graphql';

export enum OrganisationSortField {
  CODE = 'CODE',
  TOTAL = 'TOTAL',
  DELTA = 'DELTA',
}
registerEnumType(OrganisationSortField, {
  name: 'OrganisationSortField',
  description: 'TOTAL and DELTA are of OrganisationFilter.fiscalYear; organisations without one come last',
});

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

@InputType('OrganisationSort', { description: 'By code when not given; ties are broken by code ascending' })
export class OrganisationSortInput {
  @Field(() => OrganisationSortField) field!: OrganisationSortField;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC }) direction!: SortDirection;
}
