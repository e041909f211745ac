import type { CanonicalField } from '../reading/canonical-field';
import type { RecognisedSheet } from '../reading/recognised-sheet';
import type { ImportIssue } from '../report/import-issue';
import type { IssueCode } from '../report/issue-code';
import type { RowIssueSink } from './row-issue-sink';

/** A RowIssueSink for one row of a sheet, pointing each issue at the column that holds the field. */
export function collectRowIssues(sheet: RecognisedSheet, row: number): RowIssueSink & { errors: ImportIssue[]; warnings: ImportIssue[] } {
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  const at = (field: CanonicalField | null, code: IssueCode, message: string): ImportIssue => ({
    file: sheet.file,
    sheet: sheet.sheet,
    row,
    column: field ? (sheet.columns.find((c) => c.field === field)?.column ?? null) : null,
    code,
    message,
  });
  return {
    errors,
    warnings,
    error: (field, code, message) => errors.push(at(field, code, message)),
    warning: (field, code, message) => warnings.push(at(field, code, message)),
  };
}
