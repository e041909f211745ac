import { SCORE_TOLERANCE } from './score-tolerance';

/** |a − b| ≤ tolerance, with a small epsilon so that 0.01 computed in binary still counts as 0.01. */
export function isWithinTolerance(a: number, b: number, tolerance: number = SCORE_TOLERANCE): boolean {
  return Math.abs(a - b) <= tolerance + 1e-9;
}
