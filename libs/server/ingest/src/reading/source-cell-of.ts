import { normaliseText } from '@ita/domain';
import type { SourceCell } from './recognised-sheet';

/** The value kept for a cell: text untouched, a number as a number; empty or blank text (spaces, NBSP) → null. */
export function sourceCellOf(value: SourceCell | undefined): SourceCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isNaN(value) ? null : value;
  return normaliseText(value) === '' ? null : value;
}
