import { normaliseNameForMatch } from '@ita/domain';
import type { RegistryOrganisation } from './registry-organisation';

const keyOf = (organisation: RegistryOrganisation): string =>
  `${organisation.provinceCode}|${organisation.orgType}|${normaliseNameForMatch(organisation.nameTh)}`;

/** Codes of the organisations whose name (as the importer compares names) no other organisation of the same type and province has. */
export function namesUniqueInProvinceAndType(registry: readonly RegistryOrganisation[]): Set<string> {
  const counts = new Map<string, number>();
  for (const organisation of registry) counts.set(keyOf(organisation), (counts.get(keyOf(organisation)) ?? 0) + 1);
  return new Set(registry.filter((organisation) => counts.get(keyOf(organisation)) === 1).map((organisation) => organisation.code));
}
