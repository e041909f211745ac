/** A national figure the simulation is calibrated to (docs/ita-domain.md §4). */
export interface NationalTarget {
  readonly fiscalYear: number;
  /** National mean of the total. */
  readonly mean: number;
  /** Share (0–1) of organisations with a total ≥ 85; null when no source gives it (the spread is then left as profiled). */
  readonly shareAtLeast85: number | null;
}
