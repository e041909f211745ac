import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('Province')
export class ProvinceModel {
  @Field({ description: '2-digit Interior (DOPA) province code, e.g. "45"' }) code!: string;
  @Field() nameTh!: string;
  @Field() nameEn!: string;
  @Field({ description: 'Region (six-region geographic scheme), English: North, Central, Northeast, West, East, South' })
  region!: string;
  @Field() regionTh!: string;
}
