import type { AssessmentFramework } from '../frameworks/model/assessment-framework';
import type { LevelDefinition } from '../frameworks/model/level-definition';
import { round2 } from './round2';
import type { ToolValues } from './tool-values';

/** Whether a result meets a level's conditions; UNKNOWN when only an unknown tool score could decide. */
export function levelCondition(
  framework: AssessmentFramework,
  level: LevelDefinition,
  total: number,
  tools: ToolValues,
): 'MET' | 'NOT_MET' | 'UNKNOWN' {
  if (round2(total) < level.minTotal) return 'NOT_MET';
  if (level.minEachTool === undefined) return 'MET';
  let unknown = false;
  for (const tool of framework.tools) {
    const value = tools[tool.code];
    if (typeof value !== 'number' || !Number.isFinite(value)) unknown = true;
    else if (round2(value) < level.minEachTool) return 'NOT_MET';
  }
  return unknown ? 'UNKNOWN' : 'MET';
}
