import type { ImportIssue } from '../report/import-issue';
import type { IssueCode } from '../report/issue-code';

/** An issue about the whole file (no sheet, row or column). */
export function fileIssue(file: string, code: IssueCode, message: string): ImportIssue {
  return { file, sheet: null, row: null, column: null, code, message };
}
