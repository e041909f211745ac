import { round2 } from '@ita/domain';
import type { NationalFigure } from './national-figure';
import type { NationalTarget } from './national-target';
import type { SimulatedResult } from './simulated-result';

/** National mean of the total (2 decimals) and share ≥ 85 (4 decimals) over the results given. */
export function summariseNational(results: readonly SimulatedResult[], target: NationalTarget): NationalFigure {
  const count = results.length;
  const sum = results.reduce((acc, result) => acc + result.total, 0);
  const passing = results.filter((result) => result.total >= 85).length;
  return {
    fiscalYear: target.fiscalYear,
    count,
    mean: count ? round2(sum / count) : 0,
    shareAtLeast85: count ? Math.round((passing / count) * 10000) / 10000 : 0,
    target,
  };
}
