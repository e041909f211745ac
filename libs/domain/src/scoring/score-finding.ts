import type { AssessedField } from './assessed-field';
import type { Finding } from './finding';
import type { FindingCode } from './finding-code';
import { isWithinTolerance } from './is-within-tolerance';
import { round2 } from './round2';
import { SCORE_TOLERANCE } from './score-tolerance';

/** A finding when two scores differ by more than the tolerance, else null. */
export function scoreFinding(
  code: FindingCode,
  field: AssessedField,
  published: number,
  derived: number,
  tolerance: number = SCORE_TOLERANCE,
): Finding | null {
  if (isWithinTolerance(published, derived, tolerance)) return null;
  return { code, field, published, derived, difference: round2(published - derived), tolerance };
}
