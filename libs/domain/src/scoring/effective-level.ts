import type { LevelCode } from '../frameworks/model/level-code';
import type { LevelGroupCode } from '../frameworks/model/level-group-code';

export interface EffectiveLevel {
  /** Null when a published level did not parse. */
  readonly code: LevelCode | LevelGroupCode | null;
  /** The published text (whitespace-normalised), or the rubric's Thai label when derived. */
  readonly label: string;
}
