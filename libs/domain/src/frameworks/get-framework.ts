import { UnknownFiscalYearError } from '../errors/unknown-fiscal-year.error';
import { findFramework } from './find-framework';
import type { AssessmentFramework } from './model/assessment-framework';

/** @throws UnknownFiscalYearError when no framework is defined for the year. */
export function getFramework(fiscalYear: number): AssessmentFramework {
  const framework = findFramework(fiscalYear);
  if (!framework) throw new UnknownFiscalYearError(fiscalYear);
  return framework;
}
