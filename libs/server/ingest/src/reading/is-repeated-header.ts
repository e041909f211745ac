import { normaliseHeader } from '@ita/domain';
import type { FoundHeader } from './found-header';
import { rawCellText } from './raw-cell-text';
import type { SourceCell } from './recognised-sheet';

/**
 * A row that repeats one of the header rows (a sheet that prints its header again every page): at least two
 * cells, and at least half of that header row's non-empty cells, equal the header's cells in the same columns.
 * Cells are compared lazily and the test stops as soon as the row cannot qualify (it runs on every data row).
 */
export function isRepeatedHeader(cells: readonly SourceCell[], header: FoundHeader): boolean {
  return header.rowKeys.some((headerKeys) => {
    const filled = headerKeys.filter((key) => key !== '').length;
    const needed = Math.max(2, Math.ceil(filled / 2));
    let same = 0;
    let left = filled;
    for (let index = 0; index < headerKeys.length && same + left >= needed; index++) {
      const key = headerKeys[index];
      if (key === '') continue;
      left--;
      if (normaliseHeader(rawCellText(cells[index])) === key) same++;
    }
    return same >= needed;
  });
}
