import type { AssessedField } from './assessed-field';
import type { FindingCode } from './finding-code';

/** A check that failed on a published result. Numbers are scores (or points for TOOL_POINTS_MISMATCH); levels are codes. */
export interface Finding {
  readonly code: FindingCode;
  readonly field: AssessedField;
  readonly published: number | string | null;
  readonly derived: number | string | null;
  /** published − derived, rounded to 2 decimals; null for levels. */
  readonly difference: number | null;
  /** Largest |difference| accepted; null for levels. */
  readonly tolerance: number | null;
}
