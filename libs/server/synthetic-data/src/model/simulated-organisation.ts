import type { RegistryOrganisation } from '../registry/registry-organisation';

/** What the simulation needs to know about an organisation. */
export type SimulatedOrganisation = Pick<RegistryOrganisation, 'code' | 'orgType' | 'provinceCode'>;
