import { normaliseNameForMatch } from '@ita/domain';
import type { RegistryOrganisation } from './registry-organisation';

/** Groups of organisations that share a name within a province and type (a name alone cannot tell them apart), in registry order. */
export function namesSharedInProvinceAndType(registry: readonly RegistryOrganisation[]): RegistryOrganisation[][] {
  const groups = new Map<string, RegistryOrganisation[]>();
  for (const organisation of registry) {
    const key = `${organisation.provinceCode}|${organisation.orgType}|${normaliseNameForMatch(organisation.nameTh)}`;
    groups.set(key, [...(groups.get(key) ?? []), organisation]);
  }
  return [...groups.values()].filter((group) => group.length > 1);
}
