import type { MergedRange } from './merged-range';
import type { RawRow } from './raw-row';

/**
 * Gives the cells of merged ranges the value of the range's top-left cell, as a reader sees it on screen.
 * ALL: every cell of the range (for the header region: a "ตัวชี้วัด" merged over 1 … 10). FIRST_COLUMN: only the
 * range's first column, downwards (for data rows: a province merged down over its organisations counts for
 * each row, but a note or section title merged across the table stays in its first cell). Only rows present in
 * `rows` are filled. The input is not changed: rows that change are copied.
 */
export function spreadMergedCells(rows: readonly RawRow[], ranges: readonly MergedRange[], mode: 'ALL' | 'FIRST_COLUMN'): RawRow[] {
  const out = [...rows];
  if (ranges.length === 0) return out;
  const position = new Map(rows.map((row, i) => [row.row, i]));
  const copied = new Set<number>();
  let width = 0;
  let lastRow = 0;
  for (const row of rows) {
    width = Math.max(width, row.cells.length);
    lastRow = Math.max(lastRow, row.row);
  }
  for (const range of ranges) {
    const topIndex = position.get(range.top);
    const value = topIndex === undefined ? null : (rows[topIndex].cells[range.left] ?? null);
    if (value === null) continue;
    const right = mode === 'ALL' ? Math.min(range.right, width - 1) : range.left;
    for (let r = range.top; r <= Math.min(range.bottom, lastRow); r++) {
      const i = position.get(r);
      if (i === undefined) continue;
      for (let c = range.left; c <= right; c++) {
        if ((out[i].cells[c] ?? null) !== null) continue;
        if (!copied.has(i)) {
          out[i] = {
            row: out[i].row,
            cells: Array.from({ length: Math.max(out[i].cells.length, right + 1) }, (_, k) => out[i].cells[k] ?? null),
          };
          copied.add(i);
        }
        out[i].cells[c] = value;
      }
    }
  }
  return out;
}
