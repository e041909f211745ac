import { normaliseText } from '@ita/domain';
import type { SourceCell } from './recognised-sheet';

/** A cell as normalised text for recognising headers, titles and footers ('' when empty). */
export function rawCellText(cell: SourceCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  return normaliseText(typeof cell === 'number' ? String(cell) : cell);
}
