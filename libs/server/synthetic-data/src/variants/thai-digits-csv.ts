import type { PublishedField } from '../files/published-field';
import { formatCell } from '../files/format-cell';
import { toThaiDigits } from '../files/to-thai-digits';
import { plainCsvVariant } from './plain-csv-variant';
import type { RenderedFile } from './rendered-file';
import type { VariantContext } from './variant-context';

const TEXT_FIELDS: readonly PublishedField[] = ['org_code', 'org_name', 'org_type', 'province', 'district', 'level'];

/** Years, scores and indicator headers in Thai digits (๒๕๖๒, ๙๑.๑๓, ตัวชี้วัดที่ ๑); codes stay Arabic. */
export function thaiDigitsCsv(context: VariantContext): RenderedFile {
  const year = context.fiscalYear;
  return plainCsvVariant(context, {
    path: `messy/ita-${year}-thai-digits.csv`,
    variant: 'thai-digits',
    description: 'Thai digits in the year column, every score and the indicator headers.',
    headers: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`indicator_${i + 1}`, `ตัวชี้วัดที่ ${toThaiDigits(String(i + 1))}`])),
    cellText: (field, value) => (TEXT_FIELDS.includes(field) ? formatCell(field, value) : toThaiDigits(formatCell(field, value))),
  });
}
