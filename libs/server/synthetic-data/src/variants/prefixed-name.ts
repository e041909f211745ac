import { getOrgTypeDefinition } from '@ita/domain';
import type { RegistryOrganisation } from '../registry/registry-organisation';

/** The styles in which files write an organisation's name with its type. */
export type PrefixStyle = 'full' | 'abbreviation' | 'abbreviation-space';

/**
 * "องค์การบริหารส่วนตำบลบ้านใหม่", "อบต.บ้านใหม่", "ทต. โพธิ์ทอง". Pattaya (no abbreviation, and its registry name already
 * says เมืองพัทยา) is written as the registry has it.
 */
export function prefixedName(organisation: RegistryOrganisation, style: PrefixStyle): string {
  const definition = getOrgTypeDefinition(organisation.orgType);
  if (definition.abbreviationTh === null) return organisation.nameTh;
  if (style === 'full') return `${definition.nameTh}${organisation.nameTh}`;
  return `${definition.abbreviationTh}${style === 'abbreviation-space' ? ' ' : ''}${organisation.nameTh}`;
}
