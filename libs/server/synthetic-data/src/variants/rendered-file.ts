import type { ExpectedIssue } from '../expected-issue';
import type { ExpectedOutcome } from '../expected-outcome';
import type { TextEncoding } from '../files/text-encoding';

export interface RenderedSheet {
  readonly name: string;
  readonly rows: number;
  /** 1-based; empty for a sheet without a table. */
  readonly headerRows: number[];
}

/** A generated file in memory, with what importing it must give. */
export interface RenderedFile {
  /** Relative to the output directory, "/"-separated, e.g. "messy/ita-2566-errors.csv". */
  readonly path: string;
  readonly content: Buffer;
  readonly variant: string;
  readonly description: string;
  readonly fiscalYears: number[];
  readonly rows: number;
  readonly format: 'csv' | 'xlsx';
  readonly encoding: TextEncoding | null;
  readonly delimiter: string | null;
  readonly sheets: RenderedSheet[] | null;
  readonly expected: ExpectedOutcome;
  readonly errors: ExpectedIssue[];
  readonly warnings: ExpectedIssue[];
}
