import type { LevelDefinition } from './level-definition';
import type { LevelGroupDefinition } from './level-group-definition';
import type { RubricId } from './rubric-id';

export interface LevelRubric {
  readonly id: RubricId;
  readonly nameEn: string;
  /** Best level first; the level of a result is the first whose conditions hold. */
  readonly levels: readonly LevelDefinition[];
  readonly groups: readonly LevelGroupDefinition[];
  readonly assumptions: readonly string[];
  readonly sources: readonly string[];
}
