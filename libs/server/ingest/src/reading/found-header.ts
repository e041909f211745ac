import type { CanonicalField } from './canonical-field';
import type { TableKind } from './table-kind';

export interface HeaderColumnMatch {
  /** 0-based column index. */
  index: number;
  field: CanonicalField;
  /** The header text as written; two header rows joined with a space ("ตัวชี้วัด 1"). */
  header: string;
}

/** The header row (or two) of a table and what its columns mean. */
export interface FoundHeader {
  kind: TableKind;
  /** 1-based row numbers, ascending. */
  headerRows: number[];
  /** Recognised columns in column order; a field may appear twice (reported as COLUMN_DUPLICATED). */
  columns: HeaderColumnMatch[];
  /** normaliseHeader of every cell of each header row, to spot the header repeated further down. */
  rowKeys: string[][];
}
