import type { OrgType } from './org-type';
import type { OrgTypeDefinition } from './org-type-definition';
import { ORG_TYPE_DEFINITIONS } from './org-type-definitions';

export function getOrgTypeDefinition(type: OrgType): OrgTypeDefinition {
  const definition = ORG_TYPE_DEFINITIONS.find((candidate) => candidate.type === type);
  if (!definition) throw new TypeError(`Unknown organisation type ${String(type)}`);
  return definition;
}
