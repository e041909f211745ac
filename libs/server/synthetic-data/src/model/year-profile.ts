import type { ToolCode } from '@ita/domain';

/** How one fiscal year's scores are shaped before calibration. Spreads are in score points per unit of latent quality. */
export interface YearProfile {
  readonly fiscalYear: number;
  /** Target national means of indicators 1–8 (after clipping to 0–100). */
  readonly indicatorMeans: readonly number[];
  /** Indicator 9 mean minus indicator 10 mean; the OIT level itself follows from the national total target. */
  readonly oitGap: number;
  /** Score points per unit of the organisation's latent quality, by tool. */
  readonly spread: Readonly<Record<ToolCode, number>>;
  /** Standard deviation of the indicator's own noise, by tool. */
  readonly noise: Readonly<Record<ToolCode, number>>;
  /** Share of organisations without a result that year. */
  readonly missingRate: number;
}
