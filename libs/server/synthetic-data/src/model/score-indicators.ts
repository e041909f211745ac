import { deriveToolScores, deriveTotal, determineLevel, type AssessmentFramework } from '@ita/domain';
import type { SimulatedResult } from './simulated-result';

/** Tools, total and level of a result from its indicator scores (and EIT parts), by the year's rules. */
export function scoreIndicators(
  framework: AssessmentFramework,
  code: string,
  indicators: readonly number[],
  eitParts: readonly [number, number] | null,
): SimulatedResult {
  const byNumber = Object.fromEntries(indicators.map((score, index) => [index + 1, score]));
  const tools = deriveToolScores(framework, byNumber, eitParts ? { 1: eitParts[0], 2: eitParts[1] } : undefined);
  const total = deriveTotal(framework, tools);
  const level = determineLevel(framework, total, tools);
  if (tools.IIT === null || tools.EIT === null || tools.OIT === null || total === null || level === null) {
    throw new Error(`Cannot score ${code} in ${framework.fiscalYear}: indicators incomplete`);
  }
  return {
    code,
    fiscalYear: framework.fiscalYear,
    indicators,
    eitParts,
    iit: tools.IIT,
    eit: tools.EIT,
    oit: tools.OIT,
    total,
    levelCode: level.code,
    level: framework.rubric.id === 'RATING_AA_F' ? level.code : level.labelTh,
  };
}
