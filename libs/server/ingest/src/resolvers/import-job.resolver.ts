import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { ImportJobModel } from '../models/import-job.model';
import { ImportStatusService } from '../services/import-status.service';

@Resolver(() => ImportJobModel)
export class ImportJobResolver {
  constructor(private readonly statuses: ImportStatusService) {}

  @Query(() => ImportJobModel, { nullable: true, description: 'An import (its job id is the import id); null when unknown' })
  importJob(@Args('id', { type: () => ID }) id: string): Promise<ImportJobModel | null> {
    return this.statuses.find(id);
  }
}
