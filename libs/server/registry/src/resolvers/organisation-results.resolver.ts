import { Context, Info, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { requestLoader, selectsAnyField } from '@ita/server/common';
import type { RequestContext } from '@ita/server/common';
import DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import { OrganisationModel } from '../models/organisation.model';
import { ResultModel } from '../models/result.model';
import { RegistryReadService, ResultSummary } from '../services/registry-read.service';

const DETAIL_FIELDS = new Set<string>(['indicators', 'provenance']);

@Resolver(() => OrganisationModel)
export class OrganisationResultsResolver {
  constructor(private readonly registry: RegistryReadService) {}

  // At most one result per fiscal year: ten years is a generous bound for the query cost estimate.
  @ResolveField(() => [ResultModel], { complexity: ({ childComplexity }) => 1 + 10 * childComplexity })
  results(
    @Parent() organisation: OrganisationModel,
    @Context() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ResultModel[] | ResultSummary[]> {
    if (selectsAnyField(info, DETAIL_FIELDS)) {
      return requestLoader(
        context,
        'organisation.results',
        () => new DataLoader<string, ResultModel[]>((codes) => this.registry.resultsByOrganisation(codes, true)),
      ).load(organisation.code);
    }
    return requestLoader(
      context,
      'organisation.results:summary',
      () => new DataLoader<string, ResultSummary[]>((codes) => this.registry.resultsByOrganisation(codes, false)),
    ).load(organisation.code);
  }
}
