import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { requestLoader } from '@ita/server/common';
import type { RequestContext } from '@ita/server/common';
import DataLoader from 'dataloader';
import { OrganisationModel } from '../models/organisation.model';
import { ResultModel } from '../models/result.model';
import { RegistryReadService } from '../services/registry-read.service';

@Resolver(() => OrganisationModel)
export class OrganisationResultsResolver {
  constructor(private readonly registry: RegistryReadService) {}

  // At most one result per fiscal year: ten years is a generous bound for the query cost estimate.
  @ResolveField(() => [ResultModel], { complexity: ({ childComplexity }) => 1 + 10 * childComplexity })
  results(@Parent() organisation: OrganisationModel, @Context() context: RequestContext): Promise<ResultModel[]> {
    return requestLoader(
      context,
      'organisation.results',
      () => new DataLoader<string, ResultModel[]>((codes) => this.registry.resultsByOrganisation(codes)),
    ).load(organisation.code);
  }
}
