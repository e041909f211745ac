import type { OrgType } from '../org-types/org-type';
import { ORG_TYPE_DEFINITIONS } from '../org-types/org-type-definitions';
import { foldThaiVariants } from './fold-thai-variants';
import { normaliseText } from './normalise-text';
import type { SplitOrganisationNameResult } from './split-organisation-name-result';

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Abbreviations count only with their dot or a following space: real names start with the same letters ("ทมอ").
// `start` is the literal text the pattern begins with: a name that does not begin with it is not tried.
const PREFIXES: readonly { readonly start: string; readonly pattern: RegExp; readonly type: OrgType; readonly length: number }[] =
  ORG_TYPE_DEFINITIONS.flatMap((definition) => [
    ...definition.namePrefixesTh.map((prefix) => ({
      start: prefix,
      pattern: new RegExp(`^${escape(prefix)}\\s*(.+)$`, 'u'),
      type: definition.type,
      length: prefix.length,
    })),
    ...definition.abbreviationsTh.map((abbreviation) => ({
      start: abbreviation.replace(/\.$/, ''),
      pattern: new RegExp(`^${escape(abbreviation.replace(/\.$/, ''))}(?:\\s*\\.\\s*|\\s+)(.+)$`, 'u'),
      type: definition.type,
      length: abbreviation.length,
    })),
  ]).sort((a, b) => b.length - a.length);

const PROVINCE_WORD = /^(?:จังหวัด|จ\.)\s*(.+)$/u;
const PATTAYA = 'เมืองพัทยา';

/**
 * Splits a type prefix off an organisation name: "องค์การบริหารส่วนตำบลบ้านใหม่" / "อบต.บ้านใหม่" / "อบต บ้านใหม่"
 * → { name: "บ้านใหม่", typeHint: SAO }; "อบจ.จังหวัดกระบี่" → "กระบี่" (PAO); "ทมอ" stays "ทมอ" (no dot, no space).
 * The name is whitespace-normalised with ํา folded to ำ. เมืองพัทยา keeps its name (its registry name) with typeHint SPECIAL.
 */
export function splitOrganisationName(raw: string): SplitOrganisationNameResult {
  const text = foldThaiVariants(normaliseText(raw));
  for (const { start, pattern, type } of PREFIXES) {
    if (!text.startsWith(start)) continue;
    const match = pattern.exec(text);
    if (!match) continue;
    let name = match[1].trim();
    if (type === 'PAO') name = PROVINCE_WORD.exec(name)?.[1].trim() ?? name;
    return { name, typeHint: type };
  }
  return { name: text, typeHint: text === PATTAYA ? 'SPECIAL' : null };
}
