import type { ExpectedOutcome } from '../expected-outcome';

/** Outcome of a file that imports without errors. */
export function importedOutcome(rows: number, sameValuesAs: string | null, warnings = 0, notes: readonly string[] = []): ExpectedOutcome {
  return { status: 'IMPORTED', rowsValid: rows, rowsRejected: 0, errors: 0, warnings, sameValuesAs, notes };
}
