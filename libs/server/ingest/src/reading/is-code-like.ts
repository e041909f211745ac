import { thaiDigitsToArabic } from '@ita/domain';
import type { SourceCell } from './recognised-sheet';

const CODE = /^\d+(?:\.0+)?$/;

/** A cell that holds a number-like code (6401010, "๖๔๐๑๐๑๐", "6401010.0"), not words such as "รวม". */
export function isCodeLike(cell: SourceCell | undefined): boolean {
  if (typeof cell === 'number') return true;
  if (typeof cell !== 'string') return false;
  return CODE.test(cell) || CODE.test(thaiDigitsToArabic(cell).replace(/\s+/g, ''));
}
