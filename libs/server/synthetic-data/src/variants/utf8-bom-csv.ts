import { plainCsvVariant } from './plain-csv-variant';
import type { RenderedFile } from './rendered-file';
import type { VariantContext } from './variant-context';

/** UTF-8 with a BOM, as Excel's "CSV UTF-8" saves it. */
export function utf8BomCsv(context: VariantContext): RenderedFile {
  return plainCsvVariant(context, {
    path: `messy/ita-${context.fiscalYear}-utf8-bom.csv`,
    variant: 'utf8-bom',
    description: 'UTF-8 with BOM, comma, CRLF line ends.',
    encoding: 'utf-8-bom',
    lineEnd: '\r\n',
  });
}
