import { ceYearCsv } from './ce-year-csv';
import { errorsCsv } from './errors-csv';
import { noisyNumbersCsv } from './noisy-numbers-csv';
import { prefixedNamesCsv } from './prefixed-names-csv';
import { regionWorkbook } from './region-workbook';
import type { RenderedFile } from './rendered-file';
import { thaiDigitsCsv } from './thai-digits-csv';
import { titleYearCsv } from './title-year-csv';
import { toolPointsCsv } from './tool-points-csv';
import { typePointsWorkbook } from './type-points-workbook';
import { utf16TabText } from './utf16-tab-text';
import { utf8BomCsv } from './utf8-bom-csv';
import type { VariantContext } from './variant-context';
import { warningsCsv } from './warnings-csv';
import { windows874Csv } from './windows-874-csv';

export interface MessyVariant {
  readonly build: (context: VariantContext) => RenderedFile | Promise<RenderedFile>;
  /** The year the variant is drawn from when it is generated; otherwise a generated year is used instead. */
  readonly preferredYear: number;
}

/**
 * The messy variants and their years. Variants whose stored values differ from the clean file (tool points,
 * noisy numbers with "-", warnings, errors) each get a year of their own, so they never overwrite one another.
 */
export const MESSY_VARIANTS: readonly MessyVariant[] = [
  { build: thaiDigitsCsv, preferredYear: 2562 },
  { build: titleYearCsv, preferredYear: 2563 },
  { build: toolPointsCsv, preferredYear: 2563 },
  { build: ceYearCsv, preferredYear: 2564 },
  { build: prefixedNamesCsv, preferredYear: 2564 },
  { build: warningsCsv, preferredYear: 2564 },
  { build: regionWorkbook, preferredYear: 2565 },
  { build: noisyNumbersCsv, preferredYear: 2565 },
  { build: windows874Csv, preferredYear: 2566 },
  { build: errorsCsv, preferredYear: 2566 },
  { build: utf16TabText, preferredYear: 2567 },
  { build: typePointsWorkbook, preferredYear: 2567 },
  { build: utf8BomCsv, preferredYear: 2568 },
];
