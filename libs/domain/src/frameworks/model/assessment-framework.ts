import type { FrameworkConfidence } from './framework-confidence';
import type { IndicatorDefinition } from './indicator-definition';
import type { LevelRubric } from './level-rubric';
import type { ToolDefinition } from './tool-definition';

/** Everything that varies by fiscal year, as data. */
export interface AssessmentFramework {
  /** Buddhist Era fiscal year, e.g. 2566. */
  readonly fiscalYear: number;
  /** IIT, EIT, OIT in that order. */
  readonly tools: readonly ToolDefinition[];
  /** Indicators 1–10 in number order. */
  readonly indicators: readonly IndicatorDefinition[];
  readonly rubric: LevelRubric;
  readonly confidence: FrameworkConfidence;
  /** What we assumed for this year and why (facts not confirmed from an NACC text). */
  readonly assumptions: readonly string[];
  readonly sources: readonly string[];
}
