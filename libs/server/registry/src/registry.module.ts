import { Module } from '@nestjs/common';
import { OrganisationResultsResolver } from './resolvers/organisation-results.resolver';
import { RegistryResolver } from './resolvers/registry.resolver';
import { RegistryReadService } from './services/registry-read.service';

@Module({
  providers: [RegistryReadService, RegistryResolver, OrganisationResultsResolver],
  exports: [RegistryReadService],
})
export class RegistryModule {}
