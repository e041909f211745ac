/** ๐–๙ → 0–9; everything else unchanged. */
export function thaiDigitsToArabic(text: string): string {
  return text.replace(/[\u0E50-\u0E59]/g, (digit) => String(digit.charCodeAt(0) - 0x0e50));
}
