import { plainCsvVariant } from './plain-csv-variant';
import type { RenderedFile } from './rendered-file';
import type { VariantContext } from './variant-context';
import { yearRecords } from './year-records';

const BE_MINUS_CE = 543;

/** The year column in CE (2021 for FY2564); the importer converts (+543). */
export function ceYearCsv(context: VariantContext): RenderedFile {
  const year = context.fiscalYear;
  return plainCsvVariant(context, {
    path: `messy/ita-${year}-ce-year.csv`,
    variant: 'ce-year',
    description: `Year column in CE (${year - BE_MINUS_CE}), header "ปี".`,
    headers: { fiscal_year: 'ปี' },
    records: yearRecords(context).map((record) => ({ ...record, fiscal_year: year - BE_MINUS_CE })),
  });
}
