import type { AssessmentFramework } from '../frameworks/model/assessment-framework';
import type { LevelDefinition } from '../frameworks/model/level-definition';
import { levelCondition } from './level-condition';
import type { ToolValues } from './tool-values';

/**
 * Every level the result could have given what is known, best first. With all tool scores known this is
 * exactly [determineLevel(...)]; with a tool unknown it also holds the better levels that tool could unlock.
 */
export function possibleLevels(framework: AssessmentFramework, total: number | null, tools: ToolValues = {}): LevelDefinition[] {
  if (total === null || !Number.isFinite(total)) return [];
  const possible: LevelDefinition[] = [];
  for (const level of framework.rubric.levels) {
    const condition = levelCondition(framework, level, total, tools);
    if (condition === 'NOT_MET') continue;
    possible.push(level);
    if (condition === 'MET') break;
  }
  return possible;
}
