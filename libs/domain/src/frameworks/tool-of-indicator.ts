import { UnknownIndicatorError } from '../errors/unknown-indicator.error';
import type { AssessmentFramework } from './model/assessment-framework';
import type { ToolCode } from './model/tool-code';

/** @throws UnknownIndicatorError when the year has no such indicator. */
export function toolOfIndicator(framework: AssessmentFramework, indicator: number): ToolCode {
  const tool = framework.tools.find((candidate) => candidate.indicators.includes(indicator));
  if (!tool) throw new UnknownIndicatorError(framework.fiscalYear, indicator);
  return tool.code;
}
