import type { ExpectedIssue } from './expected-issue';
import type { ExpectedOutcome } from './expected-outcome';
import type { NationalFigure } from './model/national-figure';
import type { RenderedSheet } from './variants/rendered-file';

export interface ManifestFile {
  /** Relative to the output directory. */
  readonly path: string;
  readonly variant: string;
  readonly description: string;
  readonly fiscalYears: number[];
  readonly rows: number;
  readonly format: 'csv' | 'xlsx';
  readonly encoding: string | null;
  readonly delimiter: string | null;
  readonly sheets: RenderedSheet[] | null;
  readonly expected: ExpectedOutcome;
}

/** manifest.json: what was generated and what importing each file must give. */
export interface Manifest {
  readonly generator: string;
  readonly note: string;
  readonly seed: number;
  readonly fiscalYears: number[];
  readonly messy: boolean;
  readonly national: NationalFigure[];
  readonly files: ManifestFile[];
  readonly expectedErrors: ExpectedIssue[];
  readonly expectedWarnings: ExpectedIssue[];
}
