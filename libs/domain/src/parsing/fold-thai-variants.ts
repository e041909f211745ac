/**
 * Folds spellings that look identical but differ in code points, common in re-typed Thai text:
 * NIKHAHIT + SARA AA (ํ + า, possibly with a tone mark typed in between or before) → SARA AM (ำ).
 */
export function foldThaiVariants(text: string): string {
  return text.replace(/\u0E4D([\u0E48-\u0E4B]?)\u0E32/g, '$1\u0E33');
}
