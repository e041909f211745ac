import type { Confidence } from './confidence';
import type { LevelCode } from './level-code';

export interface LevelDefinition {
  readonly code: LevelCode;
  readonly labelTh: string;
  readonly labelEn: string;
  /** Inclusive lower bound on the total. */
  readonly minTotal: number;
  /** Inclusive lower bound every tool score must also reach, when the level has one. */
  readonly minEachTool?: number;
  /** At or above the 85-point pass line. */
  readonly passes: boolean;
  /** 1 = best level of the rubric. */
  readonly order: number;
  /** Published spellings that mean this level (matched after normalising, see parseLevel). */
  readonly aliases: readonly string[];
  readonly confidence: Confidence;
}
