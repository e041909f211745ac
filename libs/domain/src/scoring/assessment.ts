import type { LevelDefinition } from '../frameworks/model/level-definition';
import type { AssessedField } from './assessed-field';
import type { DerivationMethod } from './derivation-method';
import type { EffectiveLevel } from './effective-level';
import type { Finding } from './finding';
import type { ValueSource } from './value-source';

export interface Assessment {
  /**
   * What we compute. Tools: from indicators / EIT parts, else from weighted points. Total: from the
   * effective tools. Level: the rubric on the effective total and tools (conservative, see determineLevel).
   */
  readonly derived: {
    readonly iit: number | null;
    readonly eit: number | null;
    readonly oit: number | null;
    readonly total: number | null;
    readonly level: LevelDefinition | null;
  };
  /** What to store: published where present, else derived. */
  readonly effective: {
    readonly iit: number | null;
    readonly eit: number | null;
    readonly oit: number | null;
    readonly total: number | null;
    readonly level: EffectiveLevel | null;
    readonly sources: Readonly<Record<AssessedField, ValueSource | null>>;
    readonly methods: Readonly<Record<AssessedField, DerivationMethod | null>>;
  };
  readonly findings: readonly Finding[];
}
