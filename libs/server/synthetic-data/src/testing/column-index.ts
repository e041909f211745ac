/** Spreadsheet letter → 0-based column index: A → 0, AA → 26. */
export function columnIndex(letter: string): number {
  return [...letter].reduce((index, char) => index * 26 + char.charCodeAt(0) - 64, 0) - 1;
}
