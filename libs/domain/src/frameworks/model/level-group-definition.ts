import type { LevelCode } from './level-code';
import type { LevelGroupCode } from './level-group-code';

export interface LevelGroupDefinition {
  readonly code: LevelGroupCode;
  readonly labelTh: string;
  readonly labelEn: string;
  readonly members: readonly LevelCode[];
  readonly aliases: readonly string[];
}
