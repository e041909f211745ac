import type { ImportIssue } from '../report/import-issue';
import type { CanonicalField } from './canonical-field';

/** A cell as read: text (not yet normalised), a number (XLSX numeric cell), or empty. */
export type SourceCell = string | number | null;

export interface RecognisedColumn {
  field: CanonicalField;
  /** Column letter as a spreadsheet program shows it: A, B, … Z, AA … */
  column: string;
  /** The header text as written (two header rows joined with a space, e.g. "ตัวชี้วัด 1"). */
  header: string;
  /**
   * For iit/eit/oit only: 'POINTS' when the header says weighted points ("IIT (30)", "OIT (40 คะแนน)"),
   * 'SCORE' when it says the 0–100 scale ("(100)", "ร้อยละ"), null when it does not say.
   */
  scale: 'POINTS' | 'SCORE' | null;
}

export interface SourceRow {
  /** 1-based row number as a spreadsheet program shows it. */
  row: number;
  cells: Partial<Record<CanonicalField, SourceCell>>;
}

/** One table found in a file: a CSV, or one sheet of a workbook, with its header recognised. */
export interface RecognisedSheet {
  /** The file name as given to the importer (no directory). */
  file: string;
  /** Sheet name for XLSX; null for CSV. */
  sheet: string | null;
  /** WIDE: one row per organisation and year; ITEMS: question-level (item_code + item_score). */
  kind: 'WIDE' | 'ITEMS';
  columns: RecognisedColumn[];
  /** 1-based row number(s) of the header. */
  headerRows: number[];
  /** The fiscal year stated in a title row above the header (BE), if any. */
  fiscalYearFromTitle: number | null;
  /** Data rows only: title, header, blank and footer rows (หมายเหตุ, ที่มา, …) are left out. */
  rows: SourceRow[];
}

export interface ReadOutcome {
  sheets: RecognisedSheet[];
  /** File-level and sheet-level issues (unreadable file, no header, sheet skipped, duplicated column …). */
  issues: ImportIssue[];
  /** How the file was decoded, for the report: e.g. { format: 'csv', encoding: 'windows-874', delimiter: ';' }. */
  details: Record<string, string>;
}
