import type { IndicatorDefinition } from '../model/indicator-definition';
import type { ItemCodes } from '../model/item-codes';

/** A copy of `indicators` with the item codes of some indicators replaced (composes a year from the base data). */
export function withItemCodes(
  indicators: readonly IndicatorDefinition[],
  overrides: Readonly<Partial<Record<number, ItemCodes>>>,
): readonly IndicatorDefinition[] {
  return indicators.map((indicator) => {
    const itemCodes = overrides[indicator.number];
    return itemCodes ? { ...indicator, itemCodes } : indicator;
  });
}
