import type { ExpectedIssue } from './expected-issue';
import type { GeneratedFile } from './generated-file';
import type { NationalFigure } from './model/national-figure';

export interface GeneratedDataset {
  readonly files: GeneratedFile[];
  readonly expectedErrors: ExpectedIssue[];
  readonly expectedWarnings: ExpectedIssue[];
  /** Achieved national mean and share ≥ 85 per fiscal year, next to the targets. */
  readonly national: NationalFigure[];
  /** Absolute path of manifest.json. */
  readonly manifestPath: string;
}
