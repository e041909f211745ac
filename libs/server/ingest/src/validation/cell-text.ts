import { normaliseText, thaiDigitsToArabic } from '@ita/domain';
import type { SourceCell } from '../reading/recognised-sheet';

const DIGITS = /^\d+$/;

/** A cell as trimmed, normalised text ('' when empty). */
export function cellText(cell: SourceCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  return normaliseText(typeof cell === 'number' ? String(cell) : cell);
}

/** A cell that should hold a code: Thai digits converted, spaces removed, an Excel "5451607.0" tolerated. */
export function cellCode(cell: SourceCell | undefined): string {
  if (typeof cell === 'string' && DIGITS.test(cell)) return cell;
  return thaiDigitsToArabic(cellText(cell)).replace(/\s+/g, '').replace(/\.0+$/, '');
}
