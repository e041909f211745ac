import { cleanFields } from '../files/clean-fields';
import { toThaiDigits } from '../files/to-thai-digits';
import { plainCsvVariant } from './plain-csv-variant';
import type { RenderedFile } from './rendered-file';
import type { VariantContext } from './variant-context';

/** No year column: the BE year is only in a title row above the header, in Thai digits. */
export function titleYearCsv(context: VariantContext): RenderedFile {
  const year = context.fiscalYear;
  return plainCsvVariant(context, {
    path: `messy/ita-${year}-title-year.csv`,
    variant: 'title-year',
    description: 'Row 1 is the title "ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. <Thai digits>", header in row 2, no year column.',
    fields: cleanFields(context.framework).filter((field) => field !== 'fiscal_year'),
    titles: [`ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ${toThaiDigits(String(year))}`],
  });
}
