const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const PLAIN_ASCII = /^[\x21-\x7E]*(?: [\x21-\x7E]+)*$/;

/** NFC, invisible characters removed, every Unicode space (NBSP, thin space…) as one space, trimmed. */
export function normaliseText(text: string): string {
  // Most cells are plain numbers or codes: nothing to normalise (and NFC is the costly part).
  if (PLAIN_ASCII.test(text)) return text;
  // Invisible characters go first: \s counts U+FEFF as a space, but a BOM inside a word must not split it.
  return text.normalize('NFC').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}
