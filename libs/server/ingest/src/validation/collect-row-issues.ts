import type { CanonicalField } from '../reading/canonical-field';
import type { RecognisedSheet } from '../reading/recognised-sheet';
import type { ImportIssue } from '../report/import-issue';
import type { IssueCode } from '../report/issue-code';
import type { RowIssueSink } from './row-issue-sink';

/** The issues of one row of a sheet, each pointing at the column that holds its field. */
class RowIssues implements RowIssueSink {
  readonly errors: ImportIssue[] = [];
  readonly warnings: ImportIssue[] = [];

  constructor(
    private readonly sheet: RecognisedSheet,
    private readonly row: number,
  ) {}

  error(field: CanonicalField | null, code: IssueCode, message: string): void {
    this.errors.push(this.at(field, code, message));
  }

  warning(field: CanonicalField | null, code: IssueCode, message: string): void {
    this.warnings.push(this.at(field, code, message));
  }

  private at(field: CanonicalField | null, code: IssueCode, message: string): ImportIssue {
    const { sheet, row } = this;
    return {
      file: sheet.file,
      sheet: sheet.sheet,
      row,
      column: field ? (sheet.columns.find((c) => c.field === field)?.column ?? null) : null,
      code,
      message,
    };
  }
}

/** A RowIssueSink for one row of a sheet, pointing each issue at the column that holds the field. */
export function collectRowIssues(sheet: RecognisedSheet, row: number): RowIssueSink & { errors: ImportIssue[]; warnings: ImportIssue[] } {
  return new RowIssues(sheet, row);
}
