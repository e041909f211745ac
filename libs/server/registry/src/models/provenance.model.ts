import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Provenance', { description: 'Where a stored result came from: the import, file, sheet and row that set it.' })
export class ProvenanceModel {
  @Field(() => ID) importId!: string;
  @Field() file!: string;
  @Field(() => String, { nullable: true }) sheet!: string | null;
  @Field(() => Int, { description: '1-based row number as a spreadsheet program shows it' }) row!: number;
}
