import type { IssueCode } from './issue-code';

/**
 * One finding of an import, pointing at the cell a clerk must look at. `row` is the 1-based row number and
 * `column` the column letter (A, B, … AA) as a spreadsheet program shows them; both null for file-level issues.
 */
export interface ImportIssue {
  file: string;
  sheet: string | null;
  row: number | null;
  column: string | null;
  code: IssueCode;
  message: string;
}
