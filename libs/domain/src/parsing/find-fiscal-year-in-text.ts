import { normaliseText } from './normalise-text';
import { thaiDigitsToArabic } from './thai-digits-to-arabic';
import { toBuddhistEraYear } from './to-buddhist-era-year';

/**
 * The fiscal year a title row names ("ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๖", "ITA 2025 results" → 2568).
 * Null when no year appears or when two different years do (a BE year and the same year in CE agree).
 * Years before 2561 are returned too: the caller decides whether the year is supported.
 */
export function findFiscalYearInText(text: string): { value: number; convertedFromCE: boolean } | null {
  const candidates = [...thaiDigitsToArabic(normaliseText(text)).matchAll(/(?<![\d.])\d{4}(?!\d|\.\d)/g)]
    .map((match) => toBuddhistEraYear(Number(match[0])))
    .filter((year) => year !== null);
  const distinct = new Set(candidates.map((year) => year.value));
  if (distinct.size !== 1) return null;
  return candidates.find((year) => !year.convertedFromCE) ?? candidates[0];
}
