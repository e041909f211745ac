import { round2 } from './round2';

/** Mean rounded to 2 decimals, or null unless every value is a finite number (and there is at least one). */
export function meanOfAll(values: readonly (number | null | undefined)[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const value of values) {
    if (typeof value !== 'number' || !Number.isFinite(value)) return null;
    sum += value;
  }
  return round2(sum / values.length);
}
