import { normaliseHeader } from '@ita/domain';
import type { FoundHeader } from './found-header';

/**
 * A row that repeats one of the header rows (a sheet that prints its header again every page): at least two
 * cells, and at least half of that header row's non-empty cells, equal the header's cells in the same columns.
 */
export function isRepeatedHeader(texts: readonly string[], header: FoundHeader): boolean {
  const keys = texts.map(normaliseHeader);
  return header.rowKeys.some((headerKeys) => {
    let filled = 0;
    let same = 0;
    headerKeys.forEach((key, index) => {
      if (key === '') return;
      filled++;
      if (keys[index] === key) same++;
    });
    return same >= 2 && same * 2 >= filled;
  });
}
