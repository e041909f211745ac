/** One file written by generateDataset. */
export interface GeneratedFile {
  /** Absolute path. */
  readonly path: string;
  readonly fiscalYears: number[];
  /** Data rows (over all sheets). */
  readonly rows: number;
  readonly variant: string;
}
