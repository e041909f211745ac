import { getTool } from '../frameworks/get-tool';
import type { AssessmentFramework } from '../frameworks/model/assessment-framework';
import type { ToolCode } from '../frameworks/model/tool-code';
import { round2 } from './round2';

/** 0–100 tool score → weighted points (score × weight), e.g. OIT 96.75 → 38.70. */
export function toolPointsFromScore(framework: AssessmentFramework, code: ToolCode, score: number): number {
  return round2(score * getTool(framework, code).weight);
}
