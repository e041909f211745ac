import type { OrgType } from './org-type';
import { ORG_TYPE_DEFINITIONS } from './org-type-definitions';

/** The type for a registry `type` value ("sao" → SAO), else null. Exact match apart from case and surrounding spaces. */
export function orgTypeFromRegistryCode(code: string): OrgType | null {
  const wanted = code.trim().toLowerCase();
  return ORG_TYPE_DEFINITIONS.find((definition) => definition.registryCode === wanted)?.type ?? null;
}
