import { UnknownIndicatorError } from '../errors/unknown-indicator.error';
import type { AssessmentFramework } from './model/assessment-framework';
import type { IndicatorDefinition } from './model/indicator-definition';

/** @throws UnknownIndicatorError when the year has no such indicator. */
export function getIndicator(framework: AssessmentFramework, indicator: number): IndicatorDefinition {
  const definition = framework.indicators.find((candidate) => candidate.number === indicator);
  if (!definition) throw new UnknownIndicatorError(framework.fiscalYear, indicator);
  return definition;
}
