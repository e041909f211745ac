const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/**
 * Text that normalising leaves as it is: printable ASCII and Thai, single spaces between words, and no two Thai
 * marks of a non-zero combining class (ุ ู ฺ and the tone marks) in a row. Thai has no canonical compositions, so
 * NFC only reorders such runs of marks; everything else here is already NFC.
 */
const ALREADY_NORMAL =
  /^(?!.*[\u0E38-\u0E3A\u0E48-\u0E4B][\u0E38-\u0E3A\u0E48-\u0E4B])[\x21-\x7E\u0E01-\u0E5B]*(?: [\x21-\x7E\u0E01-\u0E5B]+)*$/;

/** NFC, invisible characters removed, every Unicode space (NBSP, thin space…) as one space, trimmed. */
export function normaliseText(text: string): string {
  // Most cells are numbers, codes or plain Thai words: nothing to normalise (and NFC is the costly part).
  if (ALREADY_NORMAL.test(text)) return text;
  // Invisible characters go first: \s counts U+FEFF as a space, but a BOM inside a word must not split it.
  return text.normalize('NFC').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}
