import type { SourceCell } from './recognised-sheet';

/** Nothing but spaces (NBSP and other Unicode spaces included) and invisible characters: what normaliseText empties. */
const BLANK = /^[\s\u200B-\u200D\u2060\uFEFF\u00AD]*$/;

/** The value kept for a cell: text untouched, a number as a number; empty or blank text (spaces, NBSP) → null. */
export function sourceCellOf(value: SourceCell | undefined): SourceCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isNaN(value) ? null : value;
  // Most cells start with a digit or a Thai letter: not blank, no need for the pattern.
  const first = value.charCodeAt(0);
  if ((first > 0x20 && first < 0x7f) || (first >= 0x0e01 && first <= 0x0e5b)) return value;
  return BLANK.test(value) ? null : value;
}
