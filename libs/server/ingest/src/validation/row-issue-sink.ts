import type { CanonicalField } from '../reading/canonical-field';
import type { IssueCode } from '../report/issue-code';

/** Collects a row's issues; the field is turned into the column letter of the sheet. */
export interface RowIssueSink {
  error(field: CanonicalField | null, code: IssueCode, message: string): void;
  warning(field: CanonicalField | null, code: IssueCode, message: string): void;
}
