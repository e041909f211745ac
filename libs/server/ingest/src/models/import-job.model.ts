import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { JSONScalar } from '@ita/server/common';

@ObjectType('ImportJob')
export class ImportJobModel {
  @Field(() => ID) id!: string;
  @Field() fileName!: string;
  @Field({ description: 'QUEUED, RUNNING, IMPORTED, REJECTED, DRY_RUN_OK or FAILED' }) status!: string;
  @Field(() => Float, { description: 'Percent done, 0–100' }) progress!: number;
  @Field(() => String, { nullable: true, description: 'reading, checking, writing, done' }) phase!: string | null;
  @Field(() => JSONScalar, { nullable: true, description: 'The import report (see CONTRACT.md) once finished' }) report!: unknown;
  @Field(() => String, { nullable: true, description: 'State of the analytics recompute the import asked for' })
  analyticsStatus!: string | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
}
