import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { OrganisationFilterInput } from '../dto/organisation-filter.input';
import { OrganisationSortInput } from '../dto/organisation-sort.input';
import { OrganisationPageModel } from '../models/organisation-page.model';
import { OrganisationModel } from '../models/organisation.model';
import { ProvinceModel } from '../models/province.model';
import { RegistryReadService } from '../services/registry-read.service';

@Resolver()
export class RegistryResolver {
  constructor(private readonly registry: RegistryReadService) {}

  @Query(() => [ProvinceModel], { description: 'The 77 provinces, by code' })
  provinces(): Promise<ProvinceModel[]> {
    return this.registry.listProvinces();
  }

  @Query(() => OrganisationModel, { nullable: true, description: 'null when the code is unknown' })
  organisation(@Args('code', { type: () => ID }) code: string): Promise<OrganisationModel | null> {
    return this.registry.findOrganisation(code);
  }

  @Query(() => OrganisationPageModel)
  organisations(
    @Args('filter', { type: () => OrganisationFilterInput, nullable: true }) filter: OrganisationFilterInput | null,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
    @Args('limit', { type: () => Int, defaultValue: 50 }) limit: number,
    @Args('sort', { type: () => OrganisationSortInput, nullable: true }) sort: OrganisationSortInput | null,
  ): Promise<OrganisationPageModel> {
    return this.registry.findOrganisations(filter, offset, limit, sort);
  }
}
