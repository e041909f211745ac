import type { LevelDefinition } from '../frameworks/model/level-definition';
import type { DerivationMethod } from './derivation-method';
import type { EffectiveLevel } from './effective-level';
import type { Finding } from './finding';
import type { ValueSource } from './value-source';

export interface LevelAssessment {
  readonly derived: LevelDefinition | null;
  readonly effective: EffectiveLevel | null;
  readonly source: ValueSource | null;
  readonly method: DerivationMethod | null;
  readonly findings: readonly Finding[];
}
