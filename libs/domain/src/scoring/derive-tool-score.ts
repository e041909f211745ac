import { getTool } from '../frameworks/get-tool';
import type { AssessmentFramework } from '../frameworks/model/assessment-framework';
import type { ToolCode } from '../frameworks/model/tool-code';
import type { DerivedToolScore } from './derived-tool-score';
import type { IndicatorScores } from './indicator-scores';
import { meanOfAll } from './mean-of-all';
import { meanOfKeys } from './mean-of-keys';
import type { PartScores } from './part-scores';

/**
 * One tool's 0–100 score as the year's rule forms it, rounded to 2 decimals: from its parts when the year
 * scores the tool by parts and every part is given, else the mean of its indicators when all are given, else null.
 * Parts are ignored in years that do not define them.
 */
export function deriveToolScore(
  framework: AssessmentFramework,
  code: ToolCode,
  indicatorScores: IndicatorScores,
  parts?: PartScores,
): DerivedToolScore | null {
  const tool = getTool(framework, code);
  if (tool.scoring.method === 'MEAN_OF_PARTS' && parts) {
    const fromParts = meanOfAll(tool.parts.map((part) => parts[part.part]));
    if (fromParts !== null) return { value: fromParts, method: 'MEAN_OF_PARTS' };
  }
  const fromIndicators = meanOfKeys(tool.indicators, indicatorScores);
  return fromIndicators === null ? null : { value: fromIndicators, method: 'MEAN_OF_INDICATORS' };
}
