/** Score of organisation o on indicator k = clip(shifts[k] + scale × deviation[o, k], 0, 100). */
export interface YearCalibration {
  readonly shifts: readonly number[];
  readonly scale: number;
}
