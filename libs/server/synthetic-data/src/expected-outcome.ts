/** What importing one generated file must give (by default, without --accept-valid). */
export interface ExpectedOutcome {
  readonly status: 'IMPORTED' | 'REJECTED';
  /** Rows that pass (imported, or imported with --accept-valid when the file is rejected). */
  readonly rowsValid: number;
  readonly rowsRejected: number;
  readonly errors: number;
  readonly warnings: number;
  /**
   * The clean file whose stored values this file reproduces row for row: importing it after that file leaves every
   * one of its rows unchanged. Null when some stored values differ (tool scores derived from points, a missing
   * indicator, an injected mismatch); see notes.
   */
  readonly sameValuesAs: string | null;
  readonly notes: readonly string[];
}
