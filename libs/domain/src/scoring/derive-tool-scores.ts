import type { AssessmentFramework } from '../frameworks/model/assessment-framework';
import { deriveToolScore } from './derive-tool-score';
import type { IndicatorScores } from './indicator-scores';
import type { PartScores } from './part-scores';
import type { ToolScores } from './tool-scores';

/** IIT / EIT / OIT derived from indicators (and, where the year defines them, EIT parts); null where not derivable. */
export function deriveToolScores(framework: AssessmentFramework, indicatorScores: IndicatorScores, eitParts?: PartScores): ToolScores {
  return {
    IIT: deriveToolScore(framework, 'IIT', indicatorScores)?.value ?? null,
    EIT: deriveToolScore(framework, 'EIT', indicatorScores, eitParts)?.value ?? null,
    OIT: deriveToolScore(framework, 'OIT', indicatorScores)?.value ?? null,
  };
}
