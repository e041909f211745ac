/** What the person importing asked for; stored with the import. */
export interface ImportOptions {
  /** Check everything, write nothing. */
  dryRun: boolean;
  /** Import the valid rows of a file that has invalid ones (they are listed and kept with the import). */
  acceptValid: boolean;
  /** Fiscal year (BE) for files that state none. */
  year: number | null;
}
