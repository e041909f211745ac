import { plainCsvVariant } from './plain-csv-variant';
import type { RenderedFile } from './rendered-file';
import type { VariantContext } from './variant-context';

/** Windows-874 with semicolons and CRLF, as Thai Excel saves "CSV" with a semicolon list separator. */
export function windows874Csv(context: VariantContext): RenderedFile {
  return plainCsvVariant(context, {
    path: `messy/ita-${context.fiscalYear}-windows-874.csv`,
    variant: 'windows-874-semicolon',
    description: 'Windows-874 (TIS-620 superset), semicolon delimiter, CRLF line ends.',
    encoding: 'windows-874',
    delimiter: ';',
    lineEnd: '\r\n',
  });
}
