import { getTool } from '../frameworks/get-tool';
import type { AssessmentFramework } from '../frameworks/model/assessment-framework';
import type { ToolCode } from '../frameworks/model/tool-code';
import { round2 } from './round2';

/** Weighted points → 0–100 tool score (points ÷ weight), e.g. OIT 38.70 → 96.75. */
export function toolScoreFromPoints(framework: AssessmentFramework, code: ToolCode, points: number): number {
  return round2(points / getTool(framework, code).weight);
}
