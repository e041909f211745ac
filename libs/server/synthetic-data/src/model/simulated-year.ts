import type { NationalFigure } from './national-figure';
import type { SimulatedResult } from './simulated-result';

export interface SimulatedYear {
  readonly fiscalYear: number;
  /** In registry order; organisations without a result that year are absent. */
  readonly results: readonly SimulatedResult[];
  readonly national: NationalFigure;
}
