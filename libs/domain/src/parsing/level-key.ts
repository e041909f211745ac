import { foldThaiVariants } from './fold-thai-variants';
import { normaliseText } from './normalise-text';
import { thaiDigitsToArabic } from './thai-digits-to-arabic';

const LEADING_LABEL = /^(?:ผลการประเมิน|ระดับผลการประเมิน|ระดับ|level|grade|rating)/u;

/** Letters only, lowercase, without a leading "ระดับ"/"level" word or any score printed with the level. */
export function levelKey(raw: string): string {
  const letters = foldThaiVariants(thaiDigitsToArabic(normaliseText(raw)).toLowerCase()).replace(/[^\p{L}\p{M}]/gu, '');
  const withoutLabel = letters.replace(LEADING_LABEL, '');
  return withoutLabel === '' ? letters : withoutLabel;
}
