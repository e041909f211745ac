import { cleanFields } from '../files/clean-fields';
import type { RenderedFile } from './rendered-file';
import { csvTable, type CsvTableOptions } from './csv-table';
import { importedOutcome } from './imported-outcome';
import type { VariantContext } from './variant-context';
import { yearRecords } from './year-records';

export interface PlainCsvVariant extends Partial<CsvTableOptions> {
  readonly path: string;
  readonly variant: string;
  readonly description: string;
}

/**
 * A variant that writes every result of the year with the clean values, only differently spelled or encoded,
 * so importing it after the clean file changes nothing.
 */
export function plainCsvVariant(context: VariantContext, spec: PlainCsvVariant): RenderedFile {
  const { path, variant, description, ...table } = spec;
  const records = table.records ?? yearRecords(context);
  const options = { fields: cleanFields(context.framework), ...table, records };
  const { content } = csvTable(options);
  return {
    path,
    content,
    variant,
    description,
    fiscalYears: [context.fiscalYear],
    rows: records.length,
    format: 'csv',
    encoding: options.encoding ?? 'utf-8',
    delimiter: options.delimiter ?? ',',
    sheets: null,
    expected: importedOutcome(records.length, context.cleanFile),
    errors: [],
    warnings: [],
  };
}
