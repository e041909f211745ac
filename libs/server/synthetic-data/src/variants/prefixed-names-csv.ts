import { cleanFields } from '../files/clean-fields';
import { namesUniqueInProvinceAndType } from '../registry/names-unique-in-province-and-type';
import { organisationOf } from './organisation-of';
import { plainCsvVariant } from './plain-csv-variant';
import { prefixedName, type PrefixStyle } from './prefixed-name';
import type { RenderedFile } from './rendered-file';
import type { VariantContext } from './variant-context';
import { yearRecords } from './year-records';

const STYLES: readonly PrefixStyle[] = ['full', 'abbreviation', 'abbreviation-space'];

/**
 * No code and no type column: names carry the type as a prefix (full or abbreviated) and resolve within the
 * province. Only organisations whose name is unique within their province and type are written.
 */
export function prefixedNamesCsv(context: VariantContext): RenderedFile {
  const unique = namesUniqueInProvinceAndType(context.registry);
  const results = context.results.filter((result) => unique.has(result.code));
  const records = yearRecords(context, results).map((record, index) => {
    const style = STYLES[context.random.integer(STYLES.length)];
    return { ...record, org_name: prefixedName(organisationOf(context, results[index].code), style) };
  });
  const file = plainCsvVariant(context, {
    path: `messy/ita-${context.fiscalYear}-names-no-code.csv`,
    variant: 'prefixed-names-no-code',
    description: 'No code, type or district column: names with their type prefix (องค์การบริหารส่วนตำบลX / อบต.X / ทต. X) and the province.',
    fields: cleanFields(context.framework).filter((field) => !['org_code', 'org_type', 'district'].includes(field)),
    headers: { org_name: 'ชื่อ อปท.', fiscal_year: 'ปี พ.ศ.' },
    records,
  });
  const left = context.results.length - results.length;
  return {
    ...file,
    expected: {
      ...file.expected,
      notes: [`${left} organisations whose name is shared within their province and type are left out (a name could not identify them).`],
    },
  };
}
