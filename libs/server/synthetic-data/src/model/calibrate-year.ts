import type { YearCalibration } from './year-calibration';

export interface CalibrationInput {
  /** Unscaled deviations, row-major: organisation o, indicator k at o × indicatorCount + k. */
  readonly deviations: Float64Array;
  readonly indicatorCount: number;
  readonly targetMeans: readonly number[];
  readonly weights: readonly number[];
  /** Wanted share of totals ≥ 85; null keeps scale 1. */
  readonly shareAtLeast85: number | null;
}

const clip = (value: number): number => (value < 0 ? 0 : value > 100 ? 100 : value);

function bisect(low: number, high: number, iterations: number, tooLow: (value: number) => boolean): number {
  for (let i = 0; i < iterations; i++) {
    const middle = (low + high) / 2;
    if (tooLow(middle)) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

/** First index whose value is > bound, in an ascending array. */
function upperBound(sorted: Float64Array, bound: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] > bound) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** mean(clip(shift + scale × d)) over one indicator's deviations in O(log n), from the sorted values and their prefix sums. */
function clippedMean(sorted: Float64Array, prefix: Float64Array, shift: number, scale: number): number {
  const n = sorted.length;
  const low = upperBound(sorted, -shift / scale);
  const high = upperBound(sorted, (100 - shift) / scale);
  return (shift * (high - low) + scale * (prefix[high] - prefix[low]) + 100 * (n - high)) / n;
}

/**
 * Finds per-indicator shifts that give each indicator its target mean after clipping to 0–100 (so the national
 * mean of the total is hit whatever the spread), and one common scale of the deviations that gives the wanted
 * share ≥ 85 (a wider spread lowers the share when the mean is above 85). Works on unrounded scores.
 */
export function calibrateYear(input: CalibrationInput): YearCalibration {
  const { deviations, indicatorCount: width, targetMeans, weights } = input;
  const count = deviations.length / width;
  if (count === 0) return { shifts: [...targetMeans], scale: 1 };
  const columns = targetMeans.map((_, k) => {
    const sorted = Float64Array.from({ length: count }, (_, o) => deviations[o * width + k]).sort();
    const prefix = new Float64Array(count + 1);
    for (let i = 0; i < count; i++) prefix[i + 1] = prefix[i] + sorted[i];
    return { sorted, prefix };
  });
  const shiftsFor = (scale: number): number[] =>
    targetMeans.map((target, k) =>
      bisect(-300, 300, 40, (shift) => clippedMean(columns[k].sorted, columns[k].prefix, shift, scale) < target),
    );
  const shareFor = (scale: number, shifts: readonly number[]): number => {
    let passing = 0;
    for (let o = 0; o < count; o++) {
      let total = 0;
      for (let k = 0; k < width; k++) total += weights[k] * clip(shifts[k] + scale * deviations[o * width + k]);
      if (total >= 85) passing++;
    }
    return passing / count;
  };
  const wanted = input.shareAtLeast85;
  if (wanted === null) return { shifts: shiftsFor(1), scale: 1 };
  const scale = bisect(0.05, 5, 18, (candidate) => shareFor(candidate, shiftsFor(candidate)) > wanted);
  return { shifts: shiftsFor(scale), scale };
}
