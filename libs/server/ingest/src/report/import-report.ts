import type { ImportIssue } from './import-issue';

export type ImportOutcome = 'IMPORTED' | 'REJECTED' | 'DRY_RUN_OK';

/** The import report of the contract (CLI `--json`, `importJob.report`), plus a few fields for people. */
export interface ImportReport {
  status: ImportOutcome;
  rowsRead: number;
  rowsImported: number;
  rowsUnchanged: number;
  rowsRejected: number;
  errors: ImportIssue[];
  warnings: ImportIssue[];
  importId?: string;
  file?: string;
  fiscalYears?: number[];
  /** Results that replaced a stored one (the old values are in the history). */
  rowsSuperseded?: number;
  itemScores?: number;
  /** How the file was read: format, encoding, delimiter, the scale of each tool column. */
  details?: Record<string, unknown>;
}
