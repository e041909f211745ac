import type { LevelCode } from '../frameworks/model/level-code';
import type { LevelGroupCode } from '../frameworks/model/level-group-code';
import type { LevelRubric } from '../frameworks/model/level-rubric';

/** Whether a published level (or level group such as NOT_PASSED) agrees with any of the candidate levels. */
export function isLevelConsistent(rubric: LevelRubric, published: LevelCode | LevelGroupCode, candidates: readonly LevelCode[]): boolean {
  if (candidates.includes(published as LevelCode)) return true;
  const group = rubric.groups.find((candidate) => candidate.code === published);
  return group !== undefined && group.members.some((member) => candidates.includes(member));
}
