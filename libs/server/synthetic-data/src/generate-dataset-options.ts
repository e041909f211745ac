export interface GenerateDatasetOptions {
  /** Created if missing; messy variants go to <outDir>/messy. Existing files of the same names are overwritten. */
  readonly outDir: string;
  /** BE fiscal years; default 2562–2568. Each must have a framework in @ita/domain. */
  readonly years?: readonly number[];
  /** Default 1. The same seed gives byte-identical files. */
  readonly seed?: number;
  /** Also write the messy variants of docs/import-format.md. */
  readonly messy?: boolean;
}
