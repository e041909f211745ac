/** 0-based column index from a column letter (A → 0, Z → 25, AA → 26); the inverse of columnLetter. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) throw new RangeError(`Not a column letter: "${letters}"`);
  let n = 0;
  for (const letter of letters.toUpperCase()) n = n * 26 + (letter.charCodeAt(0) - 64);
  return n - 1;
}
