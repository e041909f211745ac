import type { NationalTarget } from './national-target';

/** The achieved national figures of one simulated year next to the target. */
export interface NationalFigure {
  readonly fiscalYear: number;
  readonly count: number;
  readonly mean: number;
  readonly shareAtLeast85: number;
  readonly target: NationalTarget;
}
