import type { ValidatedResult } from '../validation/validated-result';

/** A result's indicator scores as stored: indicator n at index n − 1, null where missing. */
export function indicatorArray(r: ValidatedResult): (number | null)[] {
  let length = 0;
  for (const [n] of r.indicators) if (n > length) length = n;
  const scores = new Array<number | null>(length).fill(null);
  for (const [n, score] of r.indicators) scores[n - 1] = Number(score);
  return scores;
}
