import { plainCsvVariant } from './plain-csv-variant';
import type { RenderedFile } from './rendered-file';
import type { VariantContext } from './variant-context';

/** UTF-16LE with BOM, tab-delimited, CRLF: Excel's "Unicode text" export. */
export function utf16TabText(context: VariantContext): RenderedFile {
  return plainCsvVariant(context, {
    path: `messy/ita-${context.fiscalYear}-utf16.txt`,
    variant: 'utf16le-bom-tab',
    description: 'UTF-16LE with BOM, tab delimiter, CRLF line ends (.txt).',
    encoding: 'utf-16le-bom',
    delimiter: '\t',
    lineEnd: '\r\n',
  });
}
