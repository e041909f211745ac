import { round2 } from './round2';

/**
 * meanOfAll of the scores at those keys (`keys.map((k) => scores[k])`), without building that array: it runs for
 * every tool of every row of an import.
 */
export function meanOfKeys(keys: readonly number[], scores: Readonly<Partial<Record<number, number | null>>>): number | null {
  if (keys.length === 0) return null;
  let sum = 0;
  for (const key of keys) {
    const value = scores[key];
    if (typeof value !== 'number' || !Number.isFinite(value)) return null;
    sum += value;
  }
  return round2(sum / keys.length);
}
