import { plainCsvVariant } from './plain-csv-variant';
import type { RenderedFile } from './rendered-file';
import type { VariantContext } from './variant-context';

/** ita-<year>.csv: UTF-8, comma, one row per organisation, the clean headers. Must import with no warning. */
export function cleanCsv(context: VariantContext): RenderedFile {
  const file = plainCsvVariant(context, {
    path: context.cleanFile,
    variant: 'clean',
    description: 'UTF-8 CSV, comma, header row 1, registry names, Thai type and province, district name.',
  });
  return { ...file, expected: { ...file.expected, sameValuesAs: null } };
}
