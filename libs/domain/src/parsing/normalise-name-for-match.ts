import { foldThaiVariants } from './fold-thai-variants';
import { normaliseText } from './normalise-text';
import { thaiDigitsToArabic } from './thai-digits-to-arabic';

/**
 * Key for comparing organisation names (not for display): spaces, dots, hyphens and quotes removed,
 * ํา folded to ำ, Thai digits to Arabic, lowercase. It does not strip a type prefix: use splitOrganisationName first.
 */
export function normaliseNameForMatch(name: string): string {
  return foldThaiVariants(thaiDigitsToArabic(normaliseText(name)).toLowerCase()).replace(/[\s.\-‐‑–—'"‘’“”]/g, '');
}
