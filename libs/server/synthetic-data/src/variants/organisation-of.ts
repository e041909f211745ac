import type { RegistryOrganisation } from '../registry/registry-organisation';
import type { VariantContext } from './variant-context';

/** The registry entry of a code that must be there (every simulated result comes from the registry). */
export function organisationOf(context: VariantContext, code: unknown): RegistryOrganisation {
  const organisation = typeof code === 'string' ? context.organisations.get(code) : undefined;
  if (!organisation) throw new Error(`Organisation ${String(code)} is not in the registry`);
  return organisation;
}
