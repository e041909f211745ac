import type { AssessmentFramework } from '@ita/domain';

/** Each indicator's weight in the total (tool weight ÷ number of its indicators); index 0 = indicator 1. */
export function indicatorWeights(framework: AssessmentFramework): number[] {
  const weights = new Array<number>(framework.indicators.length).fill(0);
  for (const tool of framework.tools)
    for (const indicator of tool.indicators) weights[indicator - 1] = tool.weight / tool.indicators.length;
  return weights;
}
