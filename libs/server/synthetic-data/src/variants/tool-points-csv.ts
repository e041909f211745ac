import { plainCsvVariant } from './plain-csv-variant';
import type { RenderedFile } from './rendered-file';
import { toolPointsRecords } from './tool-points-records';
import type { VariantContext } from './variant-context';

/** Tool columns in weighted points with the scale in the header: "IIT (30)", "EIT (30)", "OIT (40)". */
export function toolPointsCsv(context: VariantContext): RenderedFile {
  const { records, leftOut } = toolPointsRecords(context);
  const file = plainCsvVariant(context, {
    path: `messy/ita-${context.fiscalYear}-tool-points.csv`,
    variant: 'tool-points-labelled',
    description: 'IIT / EIT / OIT in weighted points with the scale in the header: "IIT (30)", "EIT (30)", "OIT (40)".',
    headers: { iit: 'IIT (30)', eit: 'EIT (30)', oit: 'OIT (40)' },
    records,
  });
  return {
    ...file,
    expected: {
      ...file.expected,
      sameValuesAs: null,
      notes: [
        'Stored IIT / EIT / OIT are points ÷ weight, which can differ from the clean file by up to 0.02, so values are not identical to the clean file.',
        `${leftOut} organisations are left out: their points, converted back, would not reproduce the published total within 0.02 or would change the level.`,
      ],
    },
  };
}
