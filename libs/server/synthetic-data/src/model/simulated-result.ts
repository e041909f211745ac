import type { LevelCode } from '@ita/domain';

/** One organisation's simulated result for one fiscal year, scored with the year's rules. Scores have 2 decimals. */
export interface SimulatedResult {
  readonly code: string;
  readonly fiscalYear: number;
  /** Indicators 1–10 (index 0 = indicator 1), 0–100. */
  readonly indicators: readonly number[];
  /** EIT part 1 and part 2 in years that report them (FY2568); their mean is exactly the EIT of indicators 6–8. */
  readonly eitParts: readonly [number, number] | null;
  readonly iit: number;
  readonly eit: number;
  readonly oit: number;
  readonly total: number;
  readonly levelCode: LevelCode;
  /** The level as published: the code in AA–F years, the Thai label in pass-level years. */
  readonly level: string;
}
