import type { AssessmentFramework } from '../frameworks/model/assessment-framework';
import type { LevelDefinition } from '../frameworks/model/level-definition';
import { levelCondition } from './level-condition';
import type { ToolValues } from './tool-values';

/**
 * The year's level for a total and tool scores: the best level whose conditions are met (values compared
 * after rounding to 2 decimals). Conservative when a tool score is unknown: a level that needs a per-tool
 * condition nobody can check is not awarded (e.g. total 96 with EIT unknown → ผ่าน, not ผ่านดีเยี่ยม);
 * see possibleLevels for every level the result could have. Null when the total is null.
 */
export function determineLevel(framework: AssessmentFramework, total: number | null, tools: ToolValues = {}): LevelDefinition | null {
  if (total === null || !Number.isFinite(total)) return null;
  return framework.rubric.levels.find((level) => levelCondition(framework, level, total, tools) === 'MET') ?? null;
}
