import type { AssessmentFramework } from '../frameworks/model/assessment-framework';
import { round2 } from './round2';
import type { ToolValues } from './tool-values';

/** Weighted sum of the tool scores as given (pass the stored, 2-decimal values), rounded; null unless every tool is known. */
export function deriveTotal(framework: AssessmentFramework, tools: ToolValues): number | null {
  let total = 0;
  for (const tool of framework.tools) {
    const value = tools[tool.code];
    if (typeof value !== 'number' || !Number.isFinite(value)) return null;
    total += tool.weight * value;
  }
  return round2(total);
}
