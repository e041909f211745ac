const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/** NFC, invisible characters removed, every Unicode space (NBSP, thin space…) as one space, trimmed. */
export function normaliseText(text: string): string {
  // Invisible characters go first: \s counts U+FEFF as a space, but a BOM inside a word must not split it.
  return text.normalize('NFC').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}
