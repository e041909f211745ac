/** An issue the importer must report for a generated file, pointing at the cell as a spreadsheet program shows it. */
export interface ExpectedIssue {
  /** File name without directory. */
  readonly file: string;
  /** Sheet name for XLSX, null for CSV. */
  readonly sheet: string | null;
  /** 1-based row; null for sheet-level issues (SHEET_SKIPPED). */
  readonly row: number | null;
  /** Column letter (A, B, …); null for sheet-level issues. */
  readonly column: string | null;
  /** An IssueCode of the importer (libs/server/ingest). */
  readonly code: string;
  /** The cell text as written, for checking that the issue points at the injected value. */
  readonly value?: string;
}
