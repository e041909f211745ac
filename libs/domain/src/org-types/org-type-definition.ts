import type { OrgType } from './org-type';
import type { OrgTypeRegistryCode } from './org-type-registry-code';

export interface OrgTypeDefinition {
  readonly type: OrgType;
  readonly registryCode: OrgTypeRegistryCode;
  readonly nameTh: string;
  /** With its dot, e.g. "อบต."; null when the type has none. */
  readonly abbreviationTh: string | null;
  readonly nameEn: string;
  /** First digit of the 7-digit DLA code for most organisations of the type (upgraded ones may keep their old digit). */
  readonly dlaCodeFirstDigit: number;
  /** Full Thai forms that may prefix an organisation's name, running straight into it ("เทศบาลตำบลโพธิ์ทอง"). */
  readonly namePrefixesTh: readonly string[];
  /** Abbreviations with their final dot ("อบต.", "อ.บ.ต."); as a name prefix they need the dot or a following space. */
  readonly abbreviationsTh: readonly string[];
  /** Further spellings parseOrgType accepts (type, registry code, English name, Thai prefixes and abbreviations are always accepted). */
  readonly aliases: readonly string[];
}
