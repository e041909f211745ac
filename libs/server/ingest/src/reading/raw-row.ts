import type { SourceCell } from './recognised-sheet';

/** A row as read from the file, before header recognition: every cell by 0-based column index. */
export interface RawRow {
  /** 1-based row number as a spreadsheet program shows it (CSV: the record number). */
  row: number;
  cells: SourceCell[];
}
