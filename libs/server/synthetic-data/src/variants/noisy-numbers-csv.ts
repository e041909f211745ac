import { cleanFields } from '../files/clean-fields';
import { formatCell } from '../files/format-cell';
import { indicatorField } from '../files/indicator-field';
import type { PublishedField } from '../files/published-field';
import type { PublishedRecord } from '../files/published-record';
import type { RandomSource } from '../random/random-source';
import { plainCsvVariant } from './plain-csv-variant';
import type { RenderedFile } from './rendered-file';
import type { VariantContext } from './variant-context';
import { yearRecords } from './year-records';

const NBSP = '\u00A0';
const ZERO_WIDTH = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'];
const TEXT_FIELDS: readonly PublishedField[] = ['fiscal_year', 'org_code', 'org_name', 'org_type', 'province', 'district', 'level'];

/** One score's text with at most one kind of noise: a % suffix, NBSP around it, or a zero-width character inside. */
function noisy(text: string, random: RandomSource): string {
  const draw = random.uniform();
  if (draw < 0.08) return random.uniform() < 0.5 ? `${text}%` : `${text} %`;
  if (draw < 0.14) return random.uniform() < 0.5 ? `${NBSP}${text}` : `${text}${NBSP}`;
  if (draw < 0.2) {
    const at = 1 + random.integer(text.length - 1);
    return text.slice(0, at) + ZERO_WIDTH[random.integer(ZERO_WIDTH.length)] + text.slice(at);
  }
  return text;
}

/**
 * Scores as people re-type them: "91.13%", "91.13 %", NBSP before or after, zero-width characters inside; and on
 * about 2 % of rows one indicator published as "-" while the tools, total and level are still there.
 */
export function noisyNumbersCsv(context: VariantContext): RenderedFile {
  const { random } = context;
  let dashed = 0;
  const records: PublishedRecord[] = yearRecords(context).map((record) => {
    const noisyRecord: PublishedRecord = { ...record };
    for (const field of Object.keys(record) as PublishedField[]) {
      if (!TEXT_FIELDS.includes(field)) noisyRecord[field] = noisy(formatCell(field, record[field]), random);
    }
    if (random.uniform() < 0.02) {
      noisyRecord[indicatorField(1 + random.integer(10))] = '-';
      dashed++;
    }
    return noisyRecord;
  });
  const file = plainCsvVariant(context, {
    path: `messy/ita-${context.fiscalYear}-noisy-numbers.csv`,
    variant: 'noisy-numbers',
    description: 'Scores with "%" suffixes, NBSP and zero-width characters; "-" for one indicator on some rows that keep their total.',
    fields: cleanFields(context.framework),
    records,
  });
  return {
    ...file,
    expected: {
      ...file.expected,
      sameValuesAs: null,
      notes: [
        `${dashed} rows publish "-" for one indicator: they are stored without that indicator (tools, total and level as published); every other value equals the clean file.`,
      ],
    },
  };
}
