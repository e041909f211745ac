import type { AssessmentFramework } from './model/assessment-framework';

/**
 * The indicator a question/item code (i7, E3, O42, " o 42 ") belongs to in that year, or null when the
 * code is malformed, outside every known range, or the year's ranges for that tool are unknown.
 */
export function findIndicatorOfItemCode(framework: AssessmentFramework, itemCode: string): number | null {
  const match = /^([ieo])(\d{1,3})$/.exec(itemCode.replace(/\s+/g, '').toLowerCase());
  if (!match) return null;
  const prefix = match[1];
  const itemNumber = Number(match[2]);
  const indicator = framework.indicators.find(
    ({ itemCodes }) =>
      itemCodes.status === 'KNOWN' && itemCodes.prefix === prefix && itemNumber >= itemCodes.first && itemNumber <= itemCodes.last,
  );
  return indicator?.number ?? null;
}
