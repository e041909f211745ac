import { foldThaiVariants } from './fold-thai-variants';
import { normaliseText } from './normalise-text';
import { thaiDigitsToArabic } from './thai-digits-to-arabic';

/** Key for matching column headers: "ตัวชี้วัด ที่ 4", "ตัวชี้วัดที่ ๔" and "ตัวชี้วัดที่4" all give "ตัวชี้วัดที่4". */
export function normaliseHeader(raw: string): string {
  return foldThaiVariants(thaiDigitsToArabic(normaliseText(raw)).toLowerCase()).replace(/[^\p{L}\p{M}\p{N}]/gu, '');
}
