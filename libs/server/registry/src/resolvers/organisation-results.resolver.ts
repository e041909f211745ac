import { Context, Info, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { requestLoader, selectedFieldNames } from '@ita/server/common';
import type { RequestContext } from '@ita/server/common';
import DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import { OrganisationModel } from '../models/organisation.model';
import { ResultModel } from '../models/result.model';
import { RegistryReadService, ResultRow } from '../services/registry-read.service';
import { RESULT_FIELDS } from '../sql/results-by-organisation.sql';

@Resolver(() => OrganisationModel)
export class OrganisationResultsResolver {
  constructor(private readonly registry: RegistryReadService) {}

  // At most one result per fiscal year: ten years is a generous bound for the query cost estimate.
  @ResolveField(() => [ResultModel], { complexity: ({ childComplexity }) => 1 + 10 * childComplexity })
  results(
    @Parent() organisation: OrganisationModel,
    @Context() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ResultRow[]> {
    // One batch per set of fields asked for: every organisation of a list asks for the same ones.
    const asked = selectedFieldNames(info);
    const fields = RESULT_FIELDS.filter((field) => asked.has(field));
    return requestLoader(
      context,
      `organisation.results:${fields.join(',')}`,
      () => new DataLoader<string, ResultRow[]>((codes) => this.registry.resultsByOrganisation(codes, fields)),
    ).load(organisation.code);
  }
}
