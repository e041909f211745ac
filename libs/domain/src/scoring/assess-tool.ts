import { getTool } from '../frameworks/get-tool';
import type { AssessmentFramework } from '../frameworks/model/assessment-framework';
import type { ToolCode } from '../frameworks/model/tool-code';
import { deriveToolScore } from './derive-tool-score';
import type { Finding } from './finding';
import type { IndicatorScores } from './indicator-scores';
import { isScore } from './is-score';
import { meanOfAll } from './mean-of-all';
import type { PartScores } from './part-scores';
import { scoreFinding } from './score-finding';
import type { ToolAssessment } from './tool-assessment';
import { toolPointsFromScore } from './tool-points-from-score';
import { toolScoreFromPoints } from './tool-score-from-points';

interface PublishedTool {
  readonly score?: number | null;
  readonly points?: number | null;
  readonly parts?: PartScores;
}

/** One tool of assessResult: effective = published score, else converted points, else derived from indicators / parts. */
export function assessTool(
  framework: AssessmentFramework,
  code: ToolCode,
  indicators: IndicatorScores,
  published: PublishedTool,
): ToolAssessment {
  const field = code === 'IIT' ? 'iit' : code === 'EIT' ? 'eit' : 'oit';
  const findings: Finding[] = [];
  const add = (finding: Finding | null): void => {
    if (finding) findings.push(finding);
  };
  const lower = deriveToolScore(framework, code, indicators, published.parts);
  const fromPoints = isScore(published.points) ? toolScoreFromPoints(framework, code, published.points) : null;
  const score = isScore(published.score) ? published.score : null;

  if (score !== null && lower) add(scoreFinding('TOOL_MISMATCH', field, score, lower.value));
  const reference = score ?? lower?.value ?? null;
  if (isScore(published.points) && reference !== null) {
    add(scoreFinding('TOOL_POINTS_MISMATCH', field, published.points, toolPointsFromScore(framework, code, reference)));
  }

  const tool = getTool(framework, code);
  // Parts are looked at only in a year that does not define them (they are then reported, not used).
  const partScores = published.parts && tool.parts.length === 0 ? Object.values(published.parts).filter(isScore) : [];
  if (partScores.length > 0) {
    findings.push({
      code: 'EIT_PARTS_NOT_IN_FRAMEWORK',
      field,
      published: meanOfAll(partScores),
      derived: null,
      difference: null,
      tolerance: null,
    });
  }
  if (lower?.method === 'MEAN_OF_PARTS') {
    const fromIndicators = deriveToolScore(framework, code, indicators);
    if (fromIndicators) add(scoreFinding('EIT_PARTS_MISMATCH', field, lower.value, fromIndicators.value));
  }

  if (score !== null) return { derived: lower?.value ?? fromPoints, effective: score, source: 'PUBLISHED', method: 'PUBLISHED', findings };
  if (fromPoints !== null)
    return { derived: lower?.value ?? fromPoints, effective: fromPoints, source: 'DERIVED', method: 'FROM_POINTS', findings };
  if (lower) return { derived: lower.value, effective: lower.value, source: 'DERIVED', method: lower.method, findings };
  return { derived: null, effective: null, source: null, method: null, findings };
}
