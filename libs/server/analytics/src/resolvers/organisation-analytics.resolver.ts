import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { requestLoader } from '@ita/server/common';
import type { RequestContext } from '@ita/server/common';
import { OrganisationModel } from '@ita/server/registry';
import DataLoader from 'dataloader';
import { OrganisationAnalyticsModel } from '../models/organisation-analytics.model';
import { OrganisationAnalyticsService, OrganisationYear } from '../services/organisation-analytics.service';

@Resolver(() => OrganisationModel)
export class OrganisationAnalyticsResolver {
  constructor(private readonly service: OrganisationAnalyticsService) {}

  @ResolveField(() => OrganisationAnalyticsModel, {
    nullable: true,
    description:
      'Ranks, deltas, change decomposition, weakest indicators and trend class of a fiscal year; null without a result that year',
  })
  analytics(
    @Parent() organisation: OrganisationModel,
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
    @Context() context: RequestContext,
  ): Promise<OrganisationAnalyticsModel | null> {
    return requestLoader(
      context,
      'organisation.analytics',
      () =>
        new DataLoader<OrganisationYear, OrganisationAnalyticsModel | null, string>((keys) => this.service.load(keys), {
          cacheKeyFn: (k) => `${k.code}:${k.fiscalYear}`,
        }),
    ).load({ code: organisation.code, fiscalYear });
  }
}
