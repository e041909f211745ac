import type { DerivationMethod } from './derivation-method';
import type { Finding } from './finding';
import type { ValueSource } from './value-source';

export interface ToolAssessment {
  readonly derived: number | null;
  readonly effective: number | null;
  readonly source: ValueSource | null;
  readonly method: DerivationMethod | null;
  readonly findings: readonly Finding[];
}
