import type { OrgType } from './org-type';
import { ORG_TYPE_DEFINITIONS } from './org-type-definitions';
import { orgTypeKey } from './org-type-key';

const BY_KEY: ReadonlyMap<string, OrgType> = new Map(
  ORG_TYPE_DEFINITIONS.flatMap((definition) =>
    [
      definition.type,
      definition.registryCode,
      definition.nameEn,
      ...definition.namePrefixesTh,
      ...definition.abbreviationsTh,
      ...definition.aliases,
    ].map((spelling) => [orgTypeKey(spelling), definition.type] as const),
  ),
);

/** An organisation type from any of its spellings ("อบต.", "องค์การบริหารส่วนตำบล", "SAO", "sao", "Subdistrict Administrative Organisation"…), else null. */
export function parseOrgType(raw: string | null | undefined): OrgType | null {
  if (raw === null || raw === undefined) return null;
  return BY_KEY.get(orgTypeKey(raw)) ?? null;
}
